/// Typed access to a flat column's batch rows for engines with their own value representation (local
/// SQL): numbers, decimals and strings straight from the decoded storage, without a `Value` per cell.
/// Decimals in particular come out as their unscaled integer, where `value(_:)` would format them as
/// text for the caller to parse back. Each accessor returns nil when the column is not of its kind (or
/// is nested), and the caller falls back to `value(_:)`; NULL rows are nil elements.
extension ScanColumn {
    /// Signed integers: INT32 and INT64 leaves with no logical type other than a signed integer.
    package func integers() -> [Int64?]? {
        guard case .flat(let converter, let index) = storage, case .int = converter.kind else { return nil }
        switch converter.values {
        case .int64(let a): return index.map { $0 < 0 ? nil : a[$0] }
        case .int32(let a): return index.map { $0 < 0 ? nil : Int64(a[$0]) }
        default: return nil
        }
    }

    /// DOUBLE and FLOAT leaves, as `Double`.
    package func doubles() -> [Double?]? {
        guard case .flat(let converter, let index) = storage else { return nil }
        switch (converter.kind, converter.values) {
        case (.double, .double(let a)): return index.map { $0 < 0 ? nil : a[$0] }
        case (.float, .float(let a)): return index.map { $0 < 0 ? nil : Double(a[$0]) }
        default: return nil
        }
    }

    /// Decimals as unscaled integers at the column's scale, from INT32, INT64 or (big-endian two's
    /// complement, at most 16 bytes) byte-array storage.
    package func decimals() -> (unscaled: [Int128?], scale: Int)? {
        guard case .flat(let converter, let index) = storage, case .decimal(let scale) = converter.kind else {
            return nil
        }
        switch converter.values {
        case .int32(let a): return (index.map { $0 < 0 ? nil : Int128(a[$0]) }, scale)
        case .int64(let a): return (index.map { $0 < 0 ? nil : Int128(a[$0]) }, scale)
        case .bytes(let a):
            var out: [Int128?] = []
            out.reserveCapacity(index.count)
            let ok = a.bytes.withUnsafeBufferPointer { buf -> Bool in
                for i in index {
                    if i < 0 {
                        out.append(nil)
                        continue
                    }
                    let range = a.range(at: i)
                    guard range.count <= 16 else { return false }
                    var v: Int128 = 0
                    if let first = range.first, buf[first] & 0x80 != 0 { v = -1 }
                    for b in range { v = (v << 8) | Int128(buf[b]) }
                    out.append(v)
                }
                return true
            }
            return ok ? (out, scale) : nil
        default: return nil
        }
    }

    /// UTF-8 string leaves (STRING / UTF8 / JSON); invalid sequences are repaired with U+FFFD, as
    /// `String(decoding:as:)` does.
    package func strings() -> [String?]? {
        guard case .flat(let converter, let index) = storage, case .string = converter.kind,
            case .bytes(let a) = converter.values
        else { return nil }
        return a.bytes.withUnsafeBufferPointer { buf in
            // Values from a kept dictionary (far fewer entries than rows): each entry decoded once and shared.
            if a.count <= index.count / 2 {
                let entries = (0..<a.count).map {
                    String(decoding: UnsafeBufferPointer(rebasing: buf[a.range(at: $0)]), as: UTF8.self)
                }
                return index.map { $0 < 0 ? nil : entries[$0] }
            }
            return index.map {
                $0 < 0 ? nil : String(decoding: UnsafeBufferPointer(rebasing: buf[a.range(at: $0)]), as: UTF8.self)
            }
        }
    }

    /// BOOLEAN leaves.
    package func booleans() -> [Bool?]? {
        guard case .flat(let converter, let index) = storage, case .bool = converter.kind,
            case .boolean(let a) = converter.values
        else { return nil }
        return index.map { $0 < 0 ? nil : a[$0] }
    }
}

extension ScanColumn {
    /// A UTF-8 string column's rows as positions into its stored values — the dictionary, when the scan kept
    /// it (`ScanOptions.keepsDictionaryStrings`) — or -1 for NULL; with how many stored values there are and
    /// each one's text. A consumer keyed by the string (GROUP BY) then looks each stored value up once per
    /// batch, not each row, and makes no `String` for rows whose value it has met.
    package func stringPositions() -> (positions: [Int], valueCount: Int, text: (Int) -> String)? {
        guard case .flat(let converter, let index) = storage, case .string = converter.kind,
            case .bytes(let a) = converter.values
        else { return nil }
        let text = { (i: Int) in
            a.bytes.withUnsafeBufferPointer {
                String(decoding: UnsafeBufferPointer(rebasing: $0[a.range(at: i)]), as: UTF8.self)
            }
        }
        return (index, a.count, text)
    }
}
