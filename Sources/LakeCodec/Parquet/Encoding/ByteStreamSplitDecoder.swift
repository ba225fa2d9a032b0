/// BYTE_STREAM_SPLIT (Encodings.md, "Byte Stream Split"): byte `k` of value `i` is stored at
/// `k * count + i`. Decoding transposes the `width` streams back into values, writing each output value
/// with its bytes gathered from the streams (the common widths 4 and 8 get their own loop).
enum ByteStreamSplitDecoder {
    /// Appends `count * width` bytes: the values back to back, each `width` bytes.
    static func decode(_ c: inout ByteCursor, count: Int, width: Int, into out: inout [UInt8]) throws {
        let n = try take(&c, count: count, width: width)
        let old = out.count
        out.append(contentsOf: repeatElement(0, count: n.count))
        c.bytes.withUnsafeBytes { src in
            out.withUnsafeMutableBytes { dst in
                transpose(
                    UnsafeRawBufferPointer(rebasing: src[n]), count: count, width: width,
                    into: UnsafeMutableRawBufferPointer(rebasing: dst[old...]))
            }
        }
    }

    static func decodeFloat(_ c: inout ByteCursor, count: Int, into out: inout [Float]) throws {
        try decodeTyped(&c, count: count, into: &out)
    }

    static func decodeDouble(_ c: inout ByteCursor, count: Int, into out: inout [Double]) throws {
        try decodeTyped(&c, count: count, into: &out)
    }

    static func decodeInt32(_ c: inout ByteCursor, count: Int, into out: inout [Int32]) throws {
        try decodeTyped(&c, count: count, into: &out)
    }

    static func decodeInt64(_ c: inout ByteCursor, count: Int, into out: inout [Int64]) throws {
        try decodeTyped(&c, count: count, into: &out)
    }

    static func decodeFixedLenByteArrays(
        _ c: inout ByteCursor, count: Int, typeLength: Int, into out: inout BinaryArray
    ) throws {
        var flat: [UInt8] = []
        try decode(&c, count: count, width: typeLength, into: &flat)
        try out.appendFixedWidth(flat[...], count: count, width: typeLength)
    }

    private static func take(_ c: inout ByteCursor, count: Int, width: Int) throws -> Range<Int> {
        try EncodingLimits.checkCount(count, "BYTE_STREAM_SPLIT values", offset: c.fileOffset)
        guard width > 0 else {
            throw CodecError.corrupt(
                what: "BYTE_STREAM_SPLIT value width", offset: c.fileOffset,
                reason: "width \(width) must be positive")
        }
        let n = try EncodingLimits.byteCount(
            count, width: width, in: c, "BYTE_STREAM_SPLIT (\(count) × \(width) bytes)")
        return try c.take(n, "BYTE_STREAM_SPLIT")
    }

    @inline(__always)
    private static func decodeTyped<T: BitwiseCopyable & AdditiveArithmetic>(
        _ c: inout ByteCursor, count: Int, into out: inout [T]
    ) throws {
        let width = MemoryLayout<T>.size
        let r = try take(&c, count: count, width: width)
        let old = out.count
        out.append(contentsOf: repeatElement(T.zero, count: count))
        c.bytes.withUnsafeBytes { src in
            out.withUnsafeMutableBytes { dst in
                let at = old * MemoryLayout<T>.stride
                transpose(
                    UnsafeRawBufferPointer(rebasing: src[r]), count: count, width: width,
                    into: UnsafeMutableRawBufferPointer(rebasing: dst[at...]))
            }
        }
    }

    static func transpose(
        _ src: UnsafeRawBufferPointer, count: Int, width: Int, into dst: UnsafeMutableRawBufferPointer
    ) {
        guard count > 0, let s = src.baseAddress, let d = dst.baseAddress else { return }
        switch width {
        case 4: kernel(s, d, count, 4)
        case 8: kernel(s, d, count, 8)
        case 2: kernel(s, d, count, 2)
        default: kernel(s, d, count, width)
        }
    }

    /// Output-order loop: each value is written whole, reading one byte from each stream; with a
    /// literal width the inner loop unrolls.
    @inline(__always)
    private static func kernel(_ s: UnsafeRawPointer, _ d: UnsafeMutableRawPointer, _ count: Int, _ width: Int) {
        let src = s.assumingMemoryBound(to: UInt8.self)
        var dst = d.assumingMemoryBound(to: UInt8.self)
        for i in 0..<count {
            for k in 0..<width { dst[k] = src[k &* count &+ i] }
            dst += width
        }
    }
}
