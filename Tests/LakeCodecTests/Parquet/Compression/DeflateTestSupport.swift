import CCompression

@testable import LakeCodec

/// zlib driven directly, as the reference `DeflateDecoder` is held to: compression with any strategy and
/// wrapper, and raw inflation.
enum ZlibReference {
    /// -15: raw DEFLATE; 15: zlib; 31: gzip.
    static func deflate(_ bytes: [UInt8], level: Int32 = 6, strategy: Int32 = Z_DEFAULT_STRATEGY, windowBits: Int32)
        -> [UInt8]
    {
        var stream = z_stream()
        precondition(
            deflateInit2_(
                &stream, level, Z_DEFLATED, windowBits, 8, strategy, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
                == Z_OK)
        defer { deflateEnd(&stream) }
        let bound = Int(deflateBound(&stream, UInt(bytes.count))) + 64
        var out = [UInt8](repeating: 0, count: bound)
        let produced = bytes.withUnsafeBytes { input in
            out.withUnsafeMutableBytes { output in
                stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress?.assumingMemoryBound(to: Bytef.self))
                stream.avail_in = UInt32(input.count)
                stream.next_out = output.baseAddress?.assumingMemoryBound(to: Bytef.self)
                stream.avail_out = UInt32(output.count)
                precondition(CCompression.deflate(&stream, Z_FINISH) == Z_STREAM_END)
                return output.count - Int(stream.avail_out)
            }
        }
        return Array(out[0..<produced])
    }

    /// A raw DEFLATE stream inflated by zlib into at most `limit` bytes; nil unless it reaches its end.
    static func inflateRaw(_ stream: [UInt8], limit: Int) -> [UInt8]? {
        var z = z_stream()
        precondition(inflateInit2_(&z, -15, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK)
        defer { inflateEnd(&z) }
        var out = [UInt8](repeating: 0, count: max(limit, 1))
        let result: (Int32, Int) = stream.withUnsafeBytes { input in
            out.withUnsafeMutableBytes { output in
                z.next_in = UnsafeMutablePointer(mutating: input.baseAddress?.assumingMemoryBound(to: Bytef.self))
                z.avail_in = UInt32(input.count)
                z.next_out = output.baseAddress?.assumingMemoryBound(to: Bytef.self)
                z.avail_out = UInt32(limit)
                return (inflate(&z, Z_FINISH), limit - Int(z.avail_out))
            }
        }
        return result.0 == Z_STREAM_END ? Array(out[0..<result.1]) : nil
    }

    /// The same stream decoded by `DeflateDecoder` into a buffer of `limit` bytes.
    static func decodeRaw(_ stream: [UInt8], limit: Int) -> [UInt8]? {
        guard !stream.isEmpty else { return nil }
        var out = [UInt8](repeating: 0xA5, count: max(limit, 1))
        let produced: Int? = stream.withUnsafeBufferPointer { input in
            out.withUnsafeMutableBufferPointer { output in
                guard let src = input.baseAddress, let dst = output.baseAddress else { return nil }
                return try? DeflateDecoder.decode(
                    src, count: input.count, from: 0, into: dst, at: 0, room: limit, tables: DeflateTables()
                ).outputEnd
            }
        }
        return produced.map { Array(out[0..<$0]) }
    }

    static func crc(_ bytes: [UInt8]) -> UInt32 {
        UInt32(bytes.withUnsafeBufferPointer { crc32(0, $0.baseAddress, UInt32($0.count)) })
    }
}

/// DEFLATE's bit order for hand-written streams: fields least significant bit first, Huffman codes most
/// significant bit first.
struct DeflateBitWriter {
    private(set) var bytes: [UInt8] = []
    private var bit = 0

    mutating func put(_ value: Int, bits: Int) {
        for i in 0..<bits {
            if bit == 0 { bytes.append(0) }
            bytes[bytes.count - 1] |= UInt8((value >> i) & 1) << bit
            bit = (bit + 1) & 7
        }
    }

    /// A Huffman codeword, its first bit the most significant.
    mutating func code(_ codeword: Int, length: Int) {
        for i in stride(from: length - 1, through: 0, by: -1) { put((codeword >> i) & 1, bits: 1) }
    }

    /// Pads to a byte boundary with zero bits.
    mutating func align() { bit = 0 }

    /// The canonical codewords of a code's lengths (RFC 1951 3.2.2), by symbol.
    static func canonicalCodes(_ lengths: [Int]) -> [Int] {
        var count = [Int](repeating: 0, count: 16)
        for l in lengths where l > 0 { count[l] += 1 }
        var next = [Int](repeating: 0, count: 16)
        var code = 0
        for l in 1..<16 {
            code = (code + count[l - 1]) << 1
            next[l] = code
        }
        return lengths.map { l in
            guard l > 0 else { return -1 }
            defer { next[l] += 1 }
            return next[l]
        }
    }
}
