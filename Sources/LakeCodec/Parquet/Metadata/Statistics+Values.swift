/// Statistics values decoded into logical `Value`s for a column (parquet.thrift `Statistics`: each bound
/// is the PLAIN encoding of one value, BYTE_ARRAY without its length prefix).
extension Statistics {
    /// The lower bound: `min_value` when present; the deprecated `min` only where its signed ordering is
    /// the right one (numeric physical types without an unsigned annotation).
    package func minimum(for column: ColumnDescriptor) -> Value? {
        if let v = minValue { return Self.decode(v, column) }
        return Self.legacyIsTrustworthy(column) ? min.flatMap { Self.decode($0, column) } : nil
    }

    package func maximum(for column: ColumnDescriptor) -> Value? {
        if let v = maxValue { return Self.decode(v, column) }
        return Self.legacyIsTrustworthy(column) ? max.flatMap { Self.decode($0, column) } : nil
    }

    static func legacyIsTrustworthy(_ c: ColumnDescriptor) -> Bool {
        switch c.physicalType {
        case .boolean, .int32, .int64, .float, .double:
            if case .integer(_, false)? = c.element.logicalType { return false }
            if let ct = c.element.convertedType, [.uint8, .uint16, .uint32, .uint64].contains(ct) { return false }
            return true
        default:
            return false
        }
    }

    /// One PLAIN-encoded value as a logical value, or nil when the bytes do not fit the type.
    package static func decode(_ bytes: [UInt8], _ column: ColumnDescriptor) -> Value? {
        func le(_ n: Int) -> UInt64? {
            guard bytes.count == n else { return nil }
            var v: UInt64 = 0
            for i in 0..<n { v |= UInt64(bytes[i]) << (8 * UInt64(i)) }
            return v
        }
        let values: ColumnValues
        switch column.physicalType {
        case .boolean:
            guard bytes.count == 1 else { return nil }
            values = .boolean([bytes[0] != 0])
        case .int32:
            guard let v = le(4) else { return nil }
            values = .int32([Int32(truncatingIfNeeded: v)])
        case .int64:
            guard let v = le(8) else { return nil }
            values = .int64([Int64(bitPattern: v)])
        case .int96:
            guard bytes.count == 12 else { return nil }
            var lo: UInt64 = 0
            for i in 0..<8 { lo |= UInt64(bytes[i]) << (8 * UInt64(i)) }
            let hi = UInt32(bytes[8]) | UInt32(bytes[9]) << 8 | UInt32(bytes[10]) << 16 | UInt32(bytes[11]) << 24
            values = .int96([Int96(lo: lo, hi: hi)])
        case .float:
            guard let v = le(4) else { return nil }
            values = .float([Float(bitPattern: UInt32(v))])
        case .double:
            guard let v = le(8) else { return nil }
            values = .double([Double(bitPattern: v)])
        case .byteArray, .fixedLenByteArray:
            if column.physicalType == .fixedLenByteArray, bytes.count != column.typeLength { return nil }
            var a = BinaryArray()
            guard (try? a.append(bytes)) != nil else { return nil }
            values = .bytes(a)
        }
        guard let converter = try? LeafConverter(descriptor: column, values: values) else { return nil }
        return converter.value(at: 0)
    }
}
