/// The deprecated BIT_PACKED level encoding (Encodings.md): values packed most-significant bit first,
/// with no length prefix; `count * bitWidth` bits.
enum BitPackedLevels {
    static func decode(_ c: inout ByteCursor, bitWidth: Int, count: Int, into out: inout [Int32]) throws {
        guard bitWidth > 0 else {
            out.append(contentsOf: repeatElement(0, count: count))
            return
        }
        let (bits, overflow) = count.multipliedReportingOverflow(by: bitWidth)
        guard !overflow else {
            throw CodecError.limitExceeded(what: "BIT_PACKED levels", value: count, limit: Int.max / bitWidth)
        }
        let r = try c.take((bits + 7) / 8, "BIT_PACKED levels")
        var bit = 0
        out.reserveCapacity(out.count + count)
        for _ in 0..<count {
            var v: Int32 = 0
            for _ in 0..<bitWidth {
                let byte = c.bytes[r.lowerBound + bit >> 3]
                v = v << 1 | Int32((byte >> (7 - UInt8(bit & 7))) & 1)
                bit += 1
            }
            out.append(v)
        }
    }
}
