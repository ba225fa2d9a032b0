import CCompression

/// Brotli (RFC 7932), one-shot API.
enum Brotli {
    /// Decompresses into `out`, returning the bytes produced (`out.count` when the data does not fit).
    static func decompress(_ input: UnsafeRawBufferPointer, into out: UnsafeMutableRawBufferPointer) throws -> Int {
        var size = out.count
        let src = input.baseAddress?.assumingMemoryBound(to: UInt8.self)
        let dst = out.baseAddress?.assumingMemoryBound(to: UInt8.self)
        let result = BrotliDecoderDecompress(input.count, src, &size, dst)
        guard result == BROTLI_DECODER_RESULT_SUCCESS else {
            // NEEDS_MORE_OUTPUT means the data is longer than the header says.
            if result == BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT { return out.count }
            throw CodecError.compression(
                codec: "BROTLI", reason: "corrupt or truncated stream (result \(result.rawValue))")
        }
        return size
    }

    static func compress(_ input: UnsafeRawBufferPointer, level: Int?) throws -> [UInt8] {
        let bound = BrotliEncoderMaxCompressedSize(input.count)
        guard bound > 0 else {
            throw CodecError.limitExceeded(what: "BROTLI input size", value: input.count, limit: 1 << 30)
        }
        let quality = Int32(clamping: min(max(level ?? 1, 0), 11))
        return try [UInt8](unsafeUninitializedCapacity: bound) { buf, initialized in
            var size = buf.count
            let ok = BrotliEncoderCompress(
                quality, BROTLI_DEFAULT_WINDOW, BROTLI_MODE_GENERIC, input.count,
                input.baseAddress?.assumingMemoryBound(to: UInt8.self), &size, buf.baseAddress)
            guard ok == BROTLI_TRUE else {
                throw CodecError.compression(codec: "BROTLI", reason: "compression failed")
            }
            initialized = size
        }
    }
}
