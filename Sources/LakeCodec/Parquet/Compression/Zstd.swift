import CCompression

/// Zstandard (RFC 8478). `ZSTD_decompress` handles several concatenated frames.
enum Zstd {
    /// Decompresses into `out`, returning the bytes produced.
    static func decompress(_ input: UnsafeRawBufferPointer, into out: UnsafeMutableRawBufferPointer) throws -> Int {
        let n = ZSTD_decompress(out.baseAddress, out.count, input.baseAddress, input.count)
        if ZSTD_isError(n) != 0 {
            throw CodecError.compression(codec: "ZSTD", reason: String(cString: ZSTD_getErrorName(n)))
        }
        return n
    }

    static func compress(_ input: UnsafeRawBufferPointer, level: Int?) throws -> [UInt8] {
        let bound = ZSTD_compressBound(input.count)
        return try [UInt8](unsafeUninitializedCapacity: max(bound, 1)) { buf, initialized in
            let n = ZSTD_compress(
                buf.baseAddress, buf.count, input.baseAddress, input.count, Int32(clamping: level ?? 3))
            if ZSTD_isError(n) != 0 {
                throw CodecError.compression(codec: "ZSTD", reason: String(cString: ZSTD_getErrorName(n)))
            }
            initialized = n
        }
    }
}
