/// Decoder for the RLE / bit-packing hybrid (Encodings.md, "Run Length Encoding / Bit-Packing Hybrid
/// (RLE = 3)"), used for definition and repetition levels, dictionary indices and RLE booleans.
///
/// The stream is a sequence of runs, each introduced by a ULEB128 header: an even header `n << 1` is a
/// run of `n` copies of one value stored in `ceil(bitWidth / 8)` bytes; an odd header `g << 1 | 1` is
/// `g * 8` values bit-packed LSB first in `g * bitWidth` bytes. The decoder keeps its place inside a run
/// between calls, so a page can be decoded in batches.
///
/// The last bit-packed run of a page may be cut short by a writer (its padding values are never read);
/// the decoder accepts a run shorter than its header says and only throws if a value that was asked for
/// is actually missing.
struct RLEBitPackedHybridDecoder {
    /// Where the next run header is; after decoding, the position just past the runs consumed so far.
    private(set) var cursor: ByteCursor
    let bitWidth: Int

    private var rleRemaining = 0
    private var rleValue: Int32 = 0
    private var packedRemaining = 0
    private var packedStart = 0  // index into cursor.bytes of the run's first data byte
    private var packedByteCount = 0  // readable bytes from packedStart (to the end of the region)
    private var packedIndex = 0  // next value within the bit-packed run

    init(_ cursor: ByteCursor, bitWidth: Int) throws {
        guard (0...32).contains(bitWidth) else {
            throw CodecError.corrupt(
                what: "RLE/bit-packed bit width", offset: cursor.fileOffset,
                reason: "bit width \(bitWidth) is outside 0...32")
        }
        self.cursor = cursor
        self.bitWidth = bitWidth
    }

    /// Appends the next `count` values to `out`, or throws if the stream ends first (in which case the
    /// values decoded so far by this call are removed again).
    mutating func decode(count: Int, into out: inout [Int32]) throws {
        try EncodingLimits.checkCount(count, "RLE/bit-packed values", offset: cursor.fileOffset)
        let base = out.count
        out.reserveForAppending(count)
        do {
            var left = count
            while left > 0 {
                if rleRemaining > 0 {
                    let n = min(left, rleRemaining)
                    out.append(contentsOf: repeatElement(rleValue, count: n))
                    rleRemaining -= n
                    left -= n
                } else if packedRemaining > 0 {
                    let n = min(left, packedRemaining)
                    unpack(n, into: &out)
                    packedRemaining -= n
                    packedIndex += n
                    left -= n
                } else {
                    try readRunHeader()
                }
            }
        } catch {
            out.removeSubrange(base...)
            throw error
        }
    }

    /// Walks the next `count` values run by run without collecting them: an RLE run is reported once
    /// as `repeated(value, length)`, bit-packed values are unpacked into `scratch` (at most
    /// `scratch.count` at a time) and reported as `packed(values)`. This lets a caller expand dictionary
    /// indices straight into values, with one lookup per RLE run. Throws if the stream ends first.
    @inline(__always)
    mutating func forEachRun(
        count: Int, scratch: UnsafeMutableBufferPointer<Int32>,
        repeated: (Int32, Int) throws -> Void,
        packed: (UnsafeBufferPointer<Int32>) throws -> Void
    ) throws {
        try EncodingLimits.checkCount(count, "RLE/bit-packed values", offset: cursor.fileOffset)
        guard let scratchBase = scratch.baseAddress, scratch.count > 0 else {
            if count > 0 { try skip(count: count) }
            return
        }
        var left = count
        while left > 0 {
            if rleRemaining > 0 {
                let n = min(left, rleRemaining)
                try repeated(rleValue, n)
                rleRemaining -= n
                left -= n
            } else if packedRemaining > 0 {
                let n = min(left, packedRemaining, scratch.count)
                let start = packedStart
                let byteCount = packedByteCount
                let width = bitWidth
                let first = packedIndex
                cursor.bytes.withUnsafeBytes { raw in
                    guard let src = raw.baseAddress else { return }
                    BitUnpacking.unpack32(
                        src + start, byteCount: byteCount, bitWidth: width, first: first, count: n, into: scratchBase)
                }
                try packed(UnsafeBufferPointer(start: scratchBase, count: n))
                packedRemaining -= n
                packedIndex += n
                left -= n
            } else {
                try readRunHeader()
            }
        }
    }

    /// Skips `count` values without producing them (for readers that skip rows).
    mutating func skip(count: Int) throws {
        var left = count
        while left > 0 {
            if rleRemaining > 0 {
                let n = min(left, rleRemaining)
                rleRemaining -= n
                left -= n
            } else if packedRemaining > 0 {
                let n = min(left, packedRemaining)
                packedRemaining -= n
                packedIndex += n
                left -= n
            } else {
                try readRunHeader()
            }
        }
    }

    private mutating func unpack(_ n: Int, into out: inout [Int32]) {
        let start = packedStart
        let byteCount = packedByteCount
        let width = bitWidth
        let first = packedIndex
        cursor.bytes.withUnsafeBytes { raw in
            out.appendUninitialized(n) { dst in
                guard let src = raw.baseAddress, let d = dst.baseAddress else {
                    dst.initialize(repeating: 0)
                    return
                }
                BitUnpacking.unpack32(
                    src + start, byteCount: byteCount, bitWidth: width, first: first, count: n, into: d)
            }
        }
    }

    private mutating func readRunHeader() throws {
        let headerOffset = cursor.fileOffset
        let header = try cursor.readVarUInt64("RLE/bit-packed run header")
        let length = header >> 1
        // Spec: run lengths are in 1...2^31-1.
        guard length <= UInt64(Int32.max) else {
            throw CodecError.corrupt(
                what: "RLE/bit-packed run header", offset: headerOffset,
                reason: "run length \(length) exceeds 2^31-1")
        }
        if header & 1 == 1 {
            let groups = Int(length)
            let values = groups * 8
            let declaredBytes = groups * bitWidth
            let available = min(declaredBytes, cursor.remaining)
            packedStart = cursor.position
            // The unpacker may read (and mask away) bytes past the run, up to the end of the region:
            // that keeps whole runs on its 8-byte fast path. Only the run's own values are ever used.
            packedByteCount = cursor.remaining
            try cursor.skip(available, "bit-packed run")
            packedIndex = 0
            packedRemaining = bitWidth == 0 ? values : min(values, available * 8 / bitWidth)
            if packedRemaining == 0 && values > 0 {
                throw CodecError.truncated(
                    what: "bit-packed run of \(values) values", offset: cursor.fileOffset,
                    needed: declaredBytes, available: available)
            }
        } else {
            let width = (bitWidth + 7) / 8
            var value: UInt32 = 0
            for i in 0..<width {
                value |= UInt32(try cursor.readByte("RLE run value")) << UInt32(8 * i)
            }
            if bitWidth < 32 && value >> UInt32(bitWidth) != 0 {
                throw CodecError.corrupt(
                    what: "RLE run value", offset: headerOffset,
                    reason: "value \(value) does not fit in \(bitWidth) bits")
            }
            rleValue = Int32(bitPattern: value)
            rleRemaining = Int(length)
        }
    }
}
