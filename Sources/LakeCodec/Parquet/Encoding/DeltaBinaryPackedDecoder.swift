/// DELTA_BINARY_PACKED (Encodings.md, "Delta Encoding (DELTA_BINARY_PACKED = 5)").
///
/// Header: `<block size> <miniblocks per block> <total value count> <first value>` (ULEB128, the first
/// value zigzag). Each block: `<min delta (zigzag)> <one bit-width byte per miniblock> <miniblocks>`.
/// A value is the previous value plus min delta plus the unpacked miniblock entry, in wrapping two's
/// complement arithmetic, as the spec requires.
///
/// Validation: the block size must be a positive multiple of 8 (the spec says 128, but its own worked
/// examples use 8, and a multiple of 8 is what keeps miniblocks byte-aligned), the miniblock count must
/// divide it into miniblocks of a multiple of 8 values, and a bit width may not exceed the type's width.
/// A miniblock's padding may be cut short at the end of the data (only the values actually used must be
/// present), and bit widths of unused miniblocks are ignored, as the spec says.
///
/// Decoding stops right after the last miniblock holding a value, leaving the cursor there:
/// DELTA_LENGTH_BYTE_ARRAY and DELTA_BYTE_ARRAY data follows immediately.
enum DeltaBinaryPackedDecoder {
    static func decodeInt32(_ c: inout ByteCursor, count: Int, into out: inout [Int32]) throws {
        let base = out.count
        do {
            try EncodingLimits.checkCount(count, "DELTA_BINARY_PACKED INT32", offset: c.fileOffset)
            out.append(contentsOf: repeatElement(0, count: count))
            try out.withUnsafeMutableBufferPointer { buf in
                try decode(&c, count: count, valueBits: 32, into: buf.baseAddress.map { $0 + base }) {
                    base, byteCount, bitWidth, n, dst in
                    BitUnpacking.unpack32(base, byteCount: byteCount, bitWidth: bitWidth, first: 0, count: n, into: dst)
                } accumulate: { dst, n, last, minDelta in
                    var v = UInt32(truncatingIfNeeded: last)
                    let d = UInt32(truncatingIfNeeded: minDelta)
                    for i in 0..<n {
                        v = v &+ d &+ UInt32(bitPattern: dst[i])
                        dst[i] = Int32(bitPattern: v)
                    }
                    return UInt64(v)
                } store: { dst, value in
                    dst.pointee = Int32(truncatingIfNeeded: value)
                }
            }
        } catch {
            out.removeSubrange(base...)
            throw error
        }
    }

    static func decodeInt64(_ c: inout ByteCursor, count: Int, into out: inout [Int64]) throws {
        let base = out.count
        do {
            try EncodingLimits.checkCount(count, "DELTA_BINARY_PACKED INT64", offset: c.fileOffset)
            out.append(contentsOf: repeatElement(0, count: count))
            try out.withUnsafeMutableBufferPointer { buf in
                try decode(&c, count: count, valueBits: 64, into: buf.baseAddress.map { $0 + base }) {
                    base, byteCount, bitWidth, n, dst in
                    BitUnpacking.unpack64(base, byteCount: byteCount, bitWidth: bitWidth, first: 0, count: n, into: dst)
                } accumulate: { dst, n, last, minDelta in
                    var v = last
                    let d = minDelta
                    for i in 0..<n {
                        v = v &+ d &+ UInt64(bitPattern: dst[i])
                        dst[i] = Int64(bitPattern: v)
                    }
                    return v
                } store: { dst, value in
                    dst.pointee = Int64(bitPattern: value)
                }
            }
        } catch {
            out.removeSubrange(base...)
            throw error
        }
    }

    /// Skips a whole DELTA_BINARY_PACKED stream without materialising its values, returning its
    /// declared value count.
    static func skip(_ c: inout ByteCursor) throws -> Int {
        var peek = c
        let total = try readHeader(&peek, valueBits: 64).total
        var none: [Int64] = []
        try decodeInt64(&c, count: 0, into: &none)
        return total
    }

    struct Header {
        var blockSize: Int
        var miniblocks: Int
        var total: Int
        var first: UInt64
        var valuesPerMiniblock: Int { blockSize / miniblocks }
    }

    static func readHeader(_ c: inout ByteCursor, valueBits: Int) throws -> Header {
        let offset = c.fileOffset
        let blockSize = try c.readVarUInt64("DELTA_BINARY_PACKED block size")
        let miniblocks = try c.readVarUInt64("DELTA_BINARY_PACKED miniblock count")
        let total = try c.readVarUInt64("DELTA_BINARY_PACKED value count")
        let first = try c.readZigZagInt64("DELTA_BINARY_PACKED first value")
        guard blockSize > 0, blockSize % 8 == 0 else {
            throw CodecError.corrupt(
                what: "DELTA_BINARY_PACKED header", offset: offset,
                reason: "block size \(blockSize) is not a positive multiple of 8 (128 per the spec)")
        }
        guard blockSize <= UInt64(EncodingLimits.maxDeltaBlockSize) else {
            throw CodecError.limitExceeded(
                what: "DELTA_BINARY_PACKED block size", value: Int(clamping: blockSize),
                limit: EncodingLimits.maxDeltaBlockSize)
        }
        guard miniblocks > 0, miniblocks <= blockSize, blockSize % miniblocks == 0,
            (blockSize / miniblocks) % 8 == 0
        else {
            throw CodecError.corrupt(
                what: "DELTA_BINARY_PACKED header", offset: offset,
                reason: "\(miniblocks) miniblocks do not split a block of \(blockSize) into multiples of 8 values")
        }
        guard total <= UInt64(EncodingLimits.maxValues) else {
            throw CodecError.limitExceeded(
                what: "DELTA_BINARY_PACKED value count", value: Int(clamping: total),
                limit: EncodingLimits.maxValues)
        }
        return Header(
            blockSize: Int(blockSize), miniblocks: Int(miniblocks), total: Int(total),
            first: UInt64(bitPattern: first))
    }

    /// The shared block walk. `unpack` writes raw miniblock entries to the output, `accumulate` turns
    /// them into values in place (returning the last value), `store` writes the first value.
    @inline(__always)
    private static func decode<T>(
        _ c: inout ByteCursor, count: Int, valueBits: Int, into dst: UnsafeMutablePointer<T>?,
        unpack: (UnsafeRawPointer, Int, Int, Int, UnsafeMutablePointer<T>) -> Void,
        accumulate: (UnsafeMutablePointer<T>, Int, UInt64, UInt64) -> UInt64,
        store: (UnsafeMutablePointer<T>, UInt64) -> Void
    ) throws {
        let headerOffset = c.fileOffset
        let header = try readHeader(&c, valueBits: valueBits)
        guard header.total >= count else {
            throw CodecError.corrupt(
                what: "DELTA_BINARY_PACKED header", offset: headerOffset,
                reason: "stream holds \(header.total) values, \(count) are needed")
        }
        guard header.total > 0 else { return }
        if count > 0, let dst { store(dst, header.first) }
        var last = header.first
        var produced = 1  // values of the stream accounted for, including the first
        let perMini = header.valuesPerMiniblock
        while produced < header.total {
            let blockOffset = c.fileOffset
            let minDelta = UInt64(bitPattern: try c.readZigZagInt64("DELTA_BINARY_PACKED min delta"))
            let widths = try c.take(header.miniblocks, "DELTA_BINARY_PACKED miniblock bit widths")
            var m = 0
            while m < header.miniblocks && produced < header.total {
                let width = Int(c.bytes[widths.lowerBound + m])
                guard width <= valueBits else {
                    throw CodecError.corrupt(
                        what: "DELTA_BINARY_PACKED miniblock", offset: blockOffset,
                        reason: "bit width \(width) exceeds \(valueBits)")
                }
                let n = min(perMini, header.total - produced)
                let fullBytes = perMini * width / 8
                let neededBytes = (n * width + 7) / 8
                guard neededBytes <= c.remaining else {
                    throw CodecError.truncated(
                        what: "DELTA_BINARY_PACKED miniblock", offset: c.fileOffset,
                        needed: neededBytes, available: c.remaining)
                }
                let bytes = try c.take(min(fullBytes, c.remaining), "DELTA_BINARY_PACKED miniblock")
                // Only values below `count` are materialised; the rest of the stream is walked over.
                let wanted = min(n, max(0, count - produced))
                if wanted > 0, let dst {
                    let target = dst + produced
                    c.bytes.withUnsafeBytes { raw in
                        let region = UnsafeRawBufferPointer(rebasing: raw[bytes])
                        unpackOrZero(region, width, wanted, target, unpack)
                    }
                    last = accumulate(target, wanted, last, minDelta)
                }
                produced += n
                m += 1
            }
        }
    }

    /// Unpacks `n` miniblock entries of `width` bits from `region` into `target`, or zeros for width 0.
    @inline(__always)
    private static func unpackOrZero<T>(
        _ region: UnsafeRawBufferPointer, _ width: Int, _ n: Int, _ target: UnsafeMutablePointer<T>,
        _ unpack: (UnsafeRawPointer, Int, Int, Int, UnsafeMutablePointer<T>) -> Void
    ) {
        if width > 0, let base = region.baseAddress {
            unpack(base, region.count, width, n, target)
        } else {
            // Width 0: every entry is 0 (the accumulate step adds only the min delta). A positive width
            // always comes with bytes: the caller checked they are there.
            UnsafeMutableRawPointer(target).initializeMemory(
                as: UInt8.self, repeating: 0, count: n * MemoryLayout<T>.stride)
        }
    }
}
