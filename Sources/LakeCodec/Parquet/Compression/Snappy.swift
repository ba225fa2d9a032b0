import CCompression

/// Snappy raw format (no framing). Pages are decoded by `SnappyDecoder` (see there why not by the library);
/// snappy-c compresses, and its decoder is kept as the reference the Swift one is tested and fuzzed
/// against. The stream starts with its uncompressed length, which is compared with the page header before
/// decoding.
enum Snappy {
    /// Decompresses into `out` (at least `expected + 1` bytes), returning the bytes produced.
    static func decompress(_ input: UnsafeRawBufferPointer, into out: UnsafeMutableRawBufferPointer, expected: Int)
        throws -> Int
    {
        try SnappyDecoder.decompress(input, into: out, expected: expected)
    }

    /// `decompress` by libsnappy (`snappy_uncompress`): the reference for `SnappyDecoder`'s tests and fuzz
    /// target, not used to read files.
    static func referenceDecompress(
        _ input: UnsafeRawBufferPointer, into out: UnsafeMutableRawBufferPointer, expected: Int
    ) throws -> Int {
        guard let src = input.baseAddress?.assumingMemoryBound(to: CChar.self) else {
            throw CodecError.compression(codec: "SNAPPY", reason: "empty input")
        }
        var declared = 0
        guard snappy_uncompressed_length(src, input.count, &declared) == SNAPPY_OK else {
            throw CodecError.compression(codec: "SNAPPY", reason: "invalid stream header")
        }
        guard declared == expected else {
            throw Decompressor.sizeMismatch(.snappy, produced: declared, expected: expected)
        }
        var length = out.count
        let status = snappy_uncompress(src, input.count, out.baseAddress?.assumingMemoryBound(to: CChar.self), &length)
        guard status == SNAPPY_OK else {
            throw CodecError.compression(codec: "SNAPPY", reason: "corrupt stream (status \(status.rawValue))")
        }
        return length
    }

    static func compress(_ input: UnsafeRawBufferPointer) throws -> [UInt8] {
        let bound = snappy_max_compressed_length(input.count)
        let src = input.baseAddress?.assumingMemoryBound(to: CChar.self)
        return try [UInt8](unsafeUninitializedCapacity: max(bound, 1)) { buf, initialized in
            var length = buf.count
            // UInt8 and CChar are related types, so viewing the bytes as CChar is allowed.
            let dst = UnsafeMutableRawPointer(buf.baseAddress)?.assumingMemoryBound(to: CChar.self)
            let status = snappy_compress(src, input.count, dst, &length)
            guard status == SNAPPY_OK else {
                throw CodecError.compression(codec: "SNAPPY", reason: "compression failed (status \(status.rawValue))")
            }
            initialized = length
        }
    }
}
