/// Encoder for the RLE / bit-packing hybrid (Encodings.md, "Run Length Encoding / Bit-Packing Hybrid"),
/// for levels and dictionary indices in the writer, and for tests.
///
/// Runs of at least 8 equal values become RLE runs; everything else is bit-packed. A bit-packed run
/// must hold a multiple of 8 values unless it is the last run (its padding is never read), so an RLE
/// run may only start once the pending bit-packed values fill whole groups of 8.
enum RLEBitPackedHybridEncoder {
    /// Appends the hybrid encoding of `values` (each must fit in `bitWidth` bits, 0...32) to `out`.
    static func encode(_ values: [Int32], bitWidth: Int, into out: inout [UInt8]) {
        var pending: [UInt64] = []
        pending.reserveCapacity(512)
        var i = 0
        let n = values.count
        while i < n {
            let v = values[i]
            var r = 1
            while i + r < n && values[i + r] == v { r += 1 }
            if r >= 8 {
                let fill = (8 - pending.count % 8) % 8
                if r - fill >= 8 {
                    for _ in 0..<fill { pending.append(UInt64(UInt32(bitPattern: v))) }
                    flushPacked(&pending, bitWidth: bitWidth, into: &out)
                    writeRLE(value: v, count: r - fill, bitWidth: bitWidth, into: &out)
                    i += r
                    continue
                }
            }
            for _ in 0..<r { pending.append(UInt64(UInt32(bitPattern: v))) }
            i += r
            if pending.count >= 504 {
                // Flush whole groups only; keep the remainder for the next run.
                let whole = pending.count / 8 * 8
                let rest = Array(pending[whole...])
                pending.removeSubrange(whole...)
                flushPacked(&pending, bitWidth: bitWidth, into: &out)
                pending = rest
            }
        }
        flushPacked(&pending, bitWidth: bitWidth, into: &out)
    }

    /// Data page v1 levels: 4-byte little-endian length, then the hybrid.
    static func encodeWithLengthPrefix(_ values: [Int32], bitWidth: Int, into out: inout [UInt8]) {
        var body: [UInt8] = []
        encode(values, bitWidth: bitWidth, into: &body)
        withUnsafeBytes(of: UInt32(body.count).littleEndian) { out.append(contentsOf: $0) }
        out.append(contentsOf: body)
    }

    /// Dictionary indices of a data page: one byte of bit width, then the hybrid.
    static func encodeDictionaryIndices(_ indices: [Int32], dictionaryCount: Int, into out: inout [UInt8]) {
        let width = BitPacking.bitWidth(of: UInt64(max(dictionaryCount - 1, 0)))
        out.append(UInt8(width))
        encode(indices, bitWidth: width, into: &out)
    }

    private static func flushPacked(_ pending: inout [UInt64], bitWidth: Int, into out: inout [UInt8]) {
        guard !pending.isEmpty else { return }
        let groups = (pending.count + 7) / 8
        while pending.count < groups * 8 { pending.append(0) }
        writeVarUInt(UInt64(groups) << 1 | 1, into: &out)
        BitPacking.pack(pending, bitWidth: bitWidth, into: &out)
        pending.removeAll(keepingCapacity: true)
    }

    private static func writeRLE(value: Int32, count: Int, bitWidth: Int, into out: inout [UInt8]) {
        writeVarUInt(UInt64(count) << 1, into: &out)
        let u = UInt32(bitPattern: value)
        for k in 0..<((bitWidth + 7) / 8) { out.append(UInt8(truncatingIfNeeded: u >> UInt32(8 * k))) }
    }

    static func writeVarUInt(_ value: UInt64, into out: inout [UInt8]) {
        var v = value
        while v >= 0x80 {
            out.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        out.append(UInt8(v))
    }

    static func writeZigZag(_ value: Int64, into out: inout [UInt8]) {
        writeVarUInt(UInt64(bitPattern: (value << 1) ^ (value >> 63)), into: &out)
    }
}
