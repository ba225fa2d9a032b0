/// DELTA_LENGTH_BYTE_ARRAY and DELTA_BYTE_ARRAY encoders (Encodings.md), the inverses of the decoders:
/// for the writer and tests.
enum DeltaByteArrayEncoder {
    /// DELTA_LENGTH_BYTE_ARRAY: the lengths delta-encoded, then all bytes.
    static func encodeLengths(_ values: BinaryArray, into out: inout [UInt8]) {
        let lengths = (0..<values.count).map { Int32(values.length(at: $0)) }
        DeltaBinaryPackedEncoder.encodeInt32(lengths, into: &out)
        out.append(contentsOf: values.bytes)
    }

    /// DELTA_BYTE_ARRAY: shared-prefix lengths, then the suffixes as DELTA_LENGTH_BYTE_ARRAY.
    static func encode(_ values: BinaryArray, into out: inout [UInt8]) {
        var prefixes: [Int32] = []
        var suffixes = BinaryArray()
        var previous: ArraySlice<UInt8> = []
        for i in 0..<values.count {
            let v = values[i]
            var p = 0
            let limit = min(previous.count, v.count)
            while p < limit && previous[previous.startIndex + p] == v[v.startIndex + p] { p += 1 }
            prefixes.append(Int32(p))
            // Sizes stay within what `values` already holds, so this cannot exceed the limit.
            try? suffixes.append(v.dropFirst(p))
            previous = v
        }
        DeltaBinaryPackedEncoder.encodeInt32(prefixes, into: &out)
        encodeLengths(suffixes, into: &out)
    }
}
