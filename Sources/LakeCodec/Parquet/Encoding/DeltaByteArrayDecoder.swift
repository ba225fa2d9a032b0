/// DELTA_BYTE_ARRAY (Encodings.md, "Delta Strings"): prefix lengths as DELTA_BINARY_PACKED, then the
/// suffixes as DELTA_LENGTH_BYTE_ARRAY; value `i` is the first `prefix[i]` bytes of value `i - 1`
/// followed by `suffix[i]`. A prefix longer than the previous value is corrupt (the first value's
/// "previous value" is empty). The total size is computed and checked before the output grows, then
/// each value is assembled with two copies.
enum DeltaByteArrayDecoder {
    static func decode(_ c: inout ByteCursor, count: Int, into out: inout BinaryArray) throws {
        let prefixOffset = c.fileOffset
        var prefixes: [Int32] = []
        try DeltaBinaryPackedDecoder.decodeInt32(&c, count: count, into: &prefixes)
        var suffixes = BinaryArray()
        try DeltaLengthByteArrayDecoder.decode(&c, count: count, into: &suffixes)

        // Sizes first: validate every prefix and bound the total.
        var total = 0
        var previous = 0
        for i in 0..<count {
            let p = Int(prefixes[i])
            guard p >= 0, p <= previous else {
                throw CodecError.corrupt(
                    what: "DELTA_BYTE_ARRAY prefix length", offset: prefixOffset,
                    reason: "value \(i) reuses \(p) bytes of a previous value of \(previous) bytes")
            }
            previous = p + suffixes.length(at: i)
            total += previous
            if total > BinaryArray.maxByteCount { break }
        }
        try out.checkRoom(for: total)

        let start = out.bytes.count
        out.bytes.append(contentsOf: repeatElement(0, count: total))
        out.offsets.reserveForAppending(count)
        suffixes.bytes.withUnsafeBytes { src in
            out.bytes.withUnsafeMutableBytes { dst in
                guard let d = dst.baseAddress else { return }
                var pos = start
                var prevStart = start
                for i in 0..<count {
                    let p = Int(prefixes[i])
                    if p > 0 { (d + pos).copyMemory(from: d + prevStart, byteCount: p) }
                    let s = suffixes.range(at: i)
                    if !s.isEmpty, let sb = src.baseAddress {
                        (d + pos + p).copyMemory(from: sb + s.lowerBound, byteCount: s.count)
                    }
                    prevStart = pos
                    pos += p + s.count
                    out.offsets.append(Int32(truncatingIfNeeded: pos))
                }
            }
        }
        out.count += count
    }
}
