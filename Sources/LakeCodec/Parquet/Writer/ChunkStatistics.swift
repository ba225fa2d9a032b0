#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Column-chunk statistics for the writer (parquet.thrift `Statistics`, `ColumnOrder`): `null_count`
/// always, `min_value`/`max_value` in the column's logical sort order:
/// - integers compare signed, or unsigned for UINT_8...UINT_64 / INT(n, unsigned);
/// - FLOAT/DOUBLE ignore NaN (no min/max when every value is NaN) and write a zero minimum as -0.0 and a
///   zero maximum as +0.0, as parquet.thrift asks of writers so readers may prune safely;
/// - BYTE_ARRAY and FIXED_LEN_BYTE_ARRAY compare as unsigned bytes, except DECIMAL (signed two's
///   complement), FLOAT16 and INTERVAL, whose order this writer does not compute: those get none, as do
///   INT96 values (undefined order) and values longer than `maxBinaryStatistic` bytes.
enum ChunkStatistics {
    static let maxBinaryStatistic = 64

    static func compute(_ values: ColumnValues, descriptor: ColumnDescriptor, nullCount: Int) -> Statistics {
        var s = Statistics()
        s.nullCount = Int64(nullCount)
        let e = descriptor.element
        let unsigned: Bool = {
            if case let .integer(_, signed)? = e.logicalType { return !signed }
            return [.uint8, .uint16, .uint32, .uint64].contains(e.convertedType)
        }()
        func le<T: FixedWidthInteger>(_ v: T) -> [UInt8] { withUnsafeBytes(of: v.littleEndian) { Array($0) } }
        switch values {
        case .boolean(let a):
            guard !a.isEmpty else { break }
            let hasTrue = a.contains(true), hasFalse = a.contains(false)
            s.minValue = [hasFalse ? 0 : 1]
            s.maxValue = [hasTrue ? 1 : 0]
        case .int32(let a):
            guard
                let (lo, hi) = unsigned
                    ? minMax(a.lazy.map { UInt32(bitPattern: $0) }).map({
                        (Int32(bitPattern: $0.0), Int32(bitPattern: $0.1))
                    }) : minMax(a)
            else { break }
            s.minValue = le(lo)
            s.maxValue = le(hi)
        case .int64(let a):
            guard
                let (lo, hi) = unsigned
                    ? minMax(a.lazy.map { UInt64(bitPattern: $0) }).map({
                        (Int64(bitPattern: $0.0), Int64(bitPattern: $0.1))
                    }) : minMax(a)
            else { break }
            s.minValue = le(lo)
            s.maxValue = le(hi)
        case .float(let a):
            guard let (lo, hi) = floatMinMax(a) else { break }
            s.minValue = le(lo.bitPattern)
            s.maxValue = le(hi.bitPattern)
        case .double(let a):
            guard let (lo, hi) = floatMinMax(a) else { break }
            s.minValue = le(lo.bitPattern)
            s.maxValue = le(hi.bitPattern)
        case .int96:
            break
        case .bytes(let a):
            guard a.count > 0, bytesOrderIsUnsigned(e) else { break }
            guard let (lo, hi) = bytesMinMax(a) else { break }
            let min = Array(a[lo]), max = Array(a[hi])
            if min.count <= maxBinaryStatistic && max.count <= maxBinaryStatistic {
                s.minValue = min
                s.maxValue = max
            }
        }
        return s
    }

    static func bytesOrderIsUnsigned(_ e: SchemaElement) -> Bool {
        switch e.logicalType {
        case .decimal?, .float16?: return false
        default: break
        }
        return e.convertedType != .decimal && e.convertedType != .interval
    }

    static func minMax<S: Sequence>(_ values: S) -> (S.Element, S.Element)? where S.Element: Comparable {
        var it = values.makeIterator()
        guard let first = it.next() else { return nil }
        var lo = first, hi = first
        while let v = it.next() {
            if v < lo { lo = v }
            if v > hi { hi = v }
        }
        return (lo, hi)
    }

    static func floatMinMax<T: BinaryFloatingPoint>(_ values: [T]) -> (T, T)? {
        var lo = T.infinity, hi = -T.infinity
        var any = false
        for v in values where !v.isNaN {
            any = true
            if v < lo { lo = v }
            if v > hi { hi = v }
        }
        guard any else { return nil }
        if lo == 0 { lo = -T.zero }
        if hi == 0 { hi = T.zero }
        return (lo, hi)
    }

    /// Indices of the smallest and largest value in unsigned byte-wise order.
    static func bytesMinMax(_ a: BinaryArray) -> (Int, Int)? {
        guard a.count > 0 else { return nil }
        var lo = 0, hi = 0
        a.bytes.withUnsafeBufferPointer { b in
            // memcmp compares as unsigned bytes (C11 7.24.4), the order parquet.thrift gives BYTE_ARRAY.
            func less(_ i: Int, _ j: Int) -> Bool {
                let ri = a.range(at: i), rj = a.range(at: j)
                let n = Swift.min(ri.count, rj.count)
                if n >= 8, let base = b.baseAddress {
                    // First 8 bytes as big-endian words: one comparison decides most pairs.
                    let x = UnsafeRawPointer(base + ri.lowerBound).loadUnaligned(as: UInt64.self).bigEndian
                    let y = UnsafeRawPointer(base + rj.lowerBound).loadUnaligned(as: UInt64.self).bigEndian
                    if x != y { return x < y }
                }
                if n > 0, let base = b.baseAddress {
                    let c = memcmp(base + ri.lowerBound, base + rj.lowerBound, n)
                    if c != 0 { return c < 0 }
                }
                return ri.count < rj.count
            }
            for i in 1..<a.count {
                if less(i, lo) { lo = i }
                if less(hi, i) { hi = i }
            }
        }
        return (lo, hi)
    }
}
