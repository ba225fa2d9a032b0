/// DELTA_BINARY_PACKED encoder (Encodings.md, "Delta Encoding"): the inverse of
/// `DeltaBinaryPackedDecoder`, with the spec's usual layout of 128-value blocks of 4 miniblocks.
/// Deltas are computed with wrapping arithmetic, as the spec prescribes.
enum DeltaBinaryPackedEncoder {
    static func encodeInt32(_ values: [Int32], blockSize: Int = 128, miniblocks: Int = 4, into out: inout [UInt8]) {
        // 32-bit wrapping deltas, so no miniblock needs more than 32 bits.
        encode(
            values.map { UInt64(UInt32(bitPattern: $0)) }, valueBits: 32, first: Int64(values.first ?? 0),
            blockSize: blockSize, miniblocks: miniblocks, into: &out)
    }

    static func encodeInt64(_ values: [Int64], blockSize: Int = 128, miniblocks: Int = 4, into out: inout [UInt8]) {
        encode(
            values.map { UInt64(bitPattern: $0) }, valueBits: 64, first: values.first ?? 0,
            blockSize: blockSize, miniblocks: miniblocks, into: &out)
    }

    /// `values` are bit patterns of `valueBits`-bit integers; arithmetic wraps at that width.
    private static func encode(
        _ values: [UInt64], valueBits: Int, first: Int64, blockSize: Int, miniblocks: Int, into out: inout [UInt8]
    ) {
        let mask: UInt64 = valueBits == 64 ? ~0 : (1 << UInt64(valueBits)) - 1
        let signBit: UInt64 = 1 << UInt64(valueBits - 1)
        // Sign-extend a `valueBits`-wide pattern so min-delta comparisons are signed at that width.
        func signed(_ u: UInt64) -> Int64 {
            let v = u & mask
            return Int64(bitPattern: (v ^ signBit) &- signBit)
        }
        RLEBitPackedHybridEncoder.writeVarUInt(UInt64(blockSize), into: &out)
        RLEBitPackedHybridEncoder.writeVarUInt(UInt64(miniblocks), into: &out)
        RLEBitPackedHybridEncoder.writeVarUInt(UInt64(values.count), into: &out)
        RLEBitPackedHybridEncoder.writeZigZag(first, into: &out)
        guard values.count > 1 else { return }
        let perMini = blockSize / miniblocks
        var i = 1
        while i < values.count {
            let end = min(i + blockSize, values.count)
            var deltas: [Int64] = []
            deltas.reserveCapacity(end - i)
            for k in i..<end { deltas.append(signed(values[k] &- values[k - 1])) }
            let minDelta = deltas.min() ?? 0
            RLEBitPackedHybridEncoder.writeZigZag(minDelta, into: &out)
            let relative = deltas.map { UInt64(bitPattern: $0 &- minDelta) & mask }
            var widths: [Int] = []
            for m in 0..<miniblocks {
                let lo = m * perMini
                if lo >= relative.count {
                    widths.append(0)
                    continue
                }
                let hi = min(lo + perMini, relative.count)
                widths.append(BitPacking.bitWidth(of: relative[lo..<hi].reduce(0, |)))
            }
            for w in widths { out.append(UInt8(w)) }
            for m in 0..<miniblocks {
                let lo = m * perMini
                guard lo < relative.count else { break }
                let hi = min(lo + perMini, relative.count)
                var mini = Array(relative[lo..<hi])
                while mini.count < perMini { mini.append(0) }
                BitPacking.pack(mini, bitWidth: widths[m], into: &out)
            }
            i = end
        }
    }
}
