/// The canonical headers block and the signed-headers list
/// (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html,
/// "CanonicalHeaders" and "SignedHeaders"): names lowercased, values trimmed with runs of whitespace
/// collapsed to one space, sorted by name, and a repeated header written once with its values
/// comma-joined in request order (suite: get-header-key-duplicate, get-header-value-order,
/// get-header-value-trim, get-header-value-multiline).
enum CanonicalHeaders {
    private struct Entry {
        var name: Range<Int>
        var value: Range<Int>
        var order: Int
    }

    /// Appends `name:value\n` lines to `out` and the `;`-joined signed header names to `signed`.
    ///
    /// - Parameter excluding: a lowercase header name left out of the signature (the session token
    ///   when it is added after signing), in addition to the never-signed ones.
    static func append(
        _ headers: [SignableHeader], excluding: String?, folding: FoldedHeaderValues, to out: inout ByteWriter,
        signed: inout ByteWriter
    ) {
        // Lowercased names and trimmed values never grow, so their total input size bounds the scratch.
        var capacity = 0
        for header in headers { capacity += header.name.utf8.count + header.value.utf8.count }
        let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: max(capacity, 1))
        defer { scratch.deallocate() }
        let entries = UnsafeMutablePointer<Entry>.allocate(capacity: max(headers.count, 1))
        defer { entries.deallocate() }

        var used = 0
        var count = 0
        for (order, header) in headers.enumerated() {
            let nameStart = used
            used += lowercase(header.name, to: scratch + used)
            let name = UnsafeBufferPointer(start: scratch + nameStart, count: used - nameStart)
            if HeaderName.isNeverSigned(name) || (excluding.map { name.elementsEqual($0.utf8) } ?? false) {
                used = nameStart
                continue
            }
            let valueStart = used
            used += trimmed(header.value, folding: folding, to: scratch + used)
            (entries + count).initialize(to: Entry(name: nameStart..<valueStart, value: valueStart..<used, order: order))
            count += 1
        }

        let bytes = UnsafeBufferPointer(start: scratch, count: used)
        let list = UnsafeMutableBufferPointer(start: entries, count: count)
        sort(list, bytes)
        out.reserve(used + count * 3)
        signed.reserve(used)
        var index = 0
        while index < count {
            let name = list[index].name
            if index > 0 { signed.append(UInt8(ascii: ";")) }
            signed.append(UnsafeBufferPointer(rebasing: bytes[name]))
            out.append(UnsafeBufferPointer(rebasing: bytes[name]))
            out.append(UInt8(ascii: ":"))
            out.append(UnsafeBufferPointer(rebasing: bytes[list[index].value]))
            index += 1
            while index < count, ByteOrder.compare(bytes, list[index].name, name) == 0 {
                out.append(UInt8(ascii: ","))
                out.append(UnsafeBufferPointer(rebasing: bytes[list[index].value]))
                index += 1
            }
            out.append(UInt8(ascii: "\n"))
        }
    }

    /// Stable by request order among equal names: insertion sort for the handful of headers a request
    /// has, the standard sort with the order as tie-breaker otherwise.
    private static func sort(_ list: UnsafeMutableBufferPointer<Entry>, _ bytes: UnsafeBufferPointer<UInt8>) {
        var entries = list
        guard entries.count > 16 else {
            var i = 1
            while i < entries.count {
                let current = entries[i]
                var j = i - 1
                while j >= 0, ByteOrder.compare(bytes, entries[j].name, current.name) > 0 {
                    entries[j + 1] = entries[j]
                    j -= 1
                }
                entries[j + 1] = current
                i += 1
            }
            return
        }
        entries.sort { lhs, rhs in
            let byName = ByteOrder.compare(bytes, lhs.name, rhs.name)
            return byName != 0 ? byName < 0 : lhs.order < rhs.order
        }
    }

    private static func lowercase(_ name: String, to target: UnsafeMutablePointer<UInt8>) -> Int {
        var written = 0
        for byte in name.utf8 {
            target[written] = HeaderName.lower(byte)
            written += 1
        }
        return written
    }

    /// Trims the value and collapses each internal run of whitespace (space, tab, CR, LF) to a single
    /// space — or, with `.commaSeparated`, a run that contains a line break to a comma.
    private static func trimmed(_ value: String, folding: FoldedHeaderValues, to target: UnsafeMutablePointer<UInt8>)
        -> Int
    {
        var written = 0
        var pending: UInt8 = 0
        var started = false
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                if started, pending == 0 { pending = UInt8(ascii: " ") }
            case UInt8(ascii: "\n"):
                if started { pending = folding == .commaSeparated ? UInt8(ascii: ",") : UInt8(ascii: " ") }
            default:
                if pending != 0 {
                    target[written] = pending
                    written += 1
                    pending = 0
                }
                started = true
                target[written] = byte
                written += 1
            }
        }
        return written
    }
}
