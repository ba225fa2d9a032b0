/// PLAIN encoding (Encodings.md, "Plain: (PLAIN = 0)"), the inverse of `PlainDecoder`: for the writer
/// and for round-trip tests.
enum PlainEncoder {
    static func encodeBooleans(_ values: [Bool], into out: inout [UInt8]) {
        out.reserveForAppending((values.count + 7) / 8)
        var byte: UInt8 = 0
        var bit = 0
        for v in values {
            if v { byte |= 1 << UInt8(bit) }
            bit += 1
            if bit == 8 {
                out.append(byte)
                byte = 0
                bit = 0
            }
        }
        if bit > 0 { out.append(byte) }
    }

    static func encodeInt32(_ values: [Int32], into out: inout [UInt8]) { appendRaw(values, into: &out) }
    static func encodeInt64(_ values: [Int64], into out: inout [UInt8]) { appendRaw(values, into: &out) }
    static func encodeFloat(_ values: [Float], into out: inout [UInt8]) { appendRaw(values, into: &out) }
    static func encodeDouble(_ values: [Double], into out: inout [UInt8]) { appendRaw(values, into: &out) }

    static func encodeInt96(_ values: [Int96], into out: inout [UInt8]) {
        out.reserveForAppending(12 * values.count)
        for v in values {
            withUnsafeBytes(of: v.lo.littleEndian) { out.append(contentsOf: $0) }
            withUnsafeBytes(of: v.hi.littleEndian) { out.append(contentsOf: $0) }
        }
    }

    /// Each value as a 4-byte little-endian length and its bytes.
    static func encodeByteArrays(_ values: BinaryArray, into out: inout [UInt8]) {
        out.reserveForAppending(4 * values.count + values.bytes.count)
        for i in 0..<values.count {
            withUnsafeBytes(of: UInt32(values.length(at: i)).littleEndian) { out.append(contentsOf: $0) }
            out.append(contentsOf: values[i])
        }
    }

    /// FIXED_LEN_BYTE_ARRAY: the bytes back to back (the caller guarantees every value has the type length).
    static func encodeFixedLenByteArrays(_ values: BinaryArray, into out: inout [UInt8]) {
        out.append(contentsOf: values.bytes)
    }

    private static func appendRaw<T: BitwiseCopyable>(_ values: [T], into out: inout [UInt8]) {
        values.withUnsafeBytes { out.append(contentsOf: $0) }
    }
}
