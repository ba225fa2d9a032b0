/// DELTA_BYTE_ARRAY (Encodings.md, "Delta Strings"): prefix lengths as DELTA_BINARY_PACKED, then the
/// suffixes as DELTA_LENGTH_BYTE_ARRAY; value `i` is the first `prefix[i]` bytes of value `i - 1`
/// followed by `suffix[i]`. A prefix longer than the previous value is corrupt (the first value's
/// "previous value" is empty). All lengths are validated and the total size checked before the output
/// grows; then each value is assembled with two copies, the suffix taken straight from the page.
enum DeltaByteArrayDecoder {
    static func decode(_ c: inout ByteCursor, count: Int, into out: inout BinaryArray) throws {
        let prefixOffset = c.fileOffset
        var prefixes: [Int32] = []
        try DeltaBinaryPackedDecoder.decodeInt32(&c, count: count, into: &prefixes)
        let suffixOffset = c.fileOffset
        var suffixLengths: [Int32] = []
        try DeltaBinaryPackedDecoder.decodeInt32(&c, count: count, into: &suffixLengths)

        // Sizes first: every length non-negative, every prefix within the previous value, totals bounded.
        var suffixTotal = 0
        var total = 0
        var previous = 0
        for i in 0..<count {
            let p = Int(prefixes[i])
            let s = Int(suffixLengths[i])
            guard s >= 0 else {
                throw CodecError.corrupt(
                    what: "DELTA_BYTE_ARRAY suffix length", offset: suffixOffset,
                    reason: "value \(i) has negative suffix length \(s)")
            }
            guard p >= 0, p <= previous else {
                throw CodecError.corrupt(
                    what: "DELTA_BYTE_ARRAY prefix length", offset: prefixOffset,
                    reason: "value \(i) reuses \(p) bytes of a previous value of \(previous) bytes")
            }
            previous = p + s
            suffixTotal += s
            total += previous
            // Each term is below 2^32 and there are at most 2^28: no overflow, but stop early.
            if total > BinaryArray.maxByteCount { break }
        }
        try out.checkRoom(for: total)
        let suffixes = try c.take(suffixTotal, "DELTA_BYTE_ARRAY suffixes (\(count) values)")

        let start = out.bytes.count
        out.bytes.append(contentsOf: repeatElement(0, count: total))
        out.offsets.reserveForAppending(count)
        c.bytes.withUnsafeBytes { page in
            out.bytes.withUnsafeMutableBytes { dst in
                guard let d = dst.baseAddress else { return }
                var pos = start
                var prevStart = start
                var from = suffixes.lowerBound
                for i in 0..<count {
                    let p = Int(prefixes[i])
                    let s = Int(suffixLengths[i])
                    if p > 0 { (d + pos).copyMemory(from: d + prevStart, byteCount: p) }
                    if s > 0, let src = page.baseAddress { (d + pos + p).copyMemory(from: src + from, byteCount: s) }
                    from += s
                    prevStart = pos
                    pos += p + s
                    out.offsets.append(Int32(truncatingIfNeeded: pos))
                }
            }
        }
        out.count += count
    }
}
