import CCompression

/// zlib driven directly, with every knob: the reference `DeflateDecoder` is held to by its tests and by the
/// `FuzzGzip` target (compression with any level, strategy and wrapper; raw inflation into a bounded
/// buffer). Not used to read or write files (`Gzip` does that).
enum ZlibReference {
    /// zlib's `deflate` of `bytes`. `windowBits` -15: raw DEFLATE; 15: a zlib stream; 31: a gzip member.
    static func deflate(
        _ bytes: [UInt8], level: Int32 = 6, strategy: Int32 = Z_DEFAULT_STRATEGY, windowBits: Int32
    ) -> [UInt8] {
        var z = z_stream()
        guard
            deflateInit2_(
                &z, level, Z_DEFLATED, windowBits, 8, strategy, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
                == Z_OK
        else { preconditionFailure("zlib refused level \(level), strategy \(strategy), window bits \(windowBits)") }
        defer { deflateEnd(&z) }
        var out = [UInt8](repeating: 0, count: Int(deflateBound(&z, UInt(bytes.count))) + 64)
        let produced = bytes.withUnsafeBytes { input in
            out.withUnsafeMutableBytes { output in
                z.next_in = UnsafeMutablePointer(mutating: input.baseAddress?.assumingMemoryBound(to: Bytef.self))
                z.avail_in = UInt32(input.count)
                z.next_out = output.baseAddress?.assumingMemoryBound(to: Bytef.self)
                z.avail_out = UInt32(output.count)
                precondition(CCompression.deflate(&z, Z_FINISH) == Z_STREAM_END, "deflateBound's room was short")
                return output.count - Int(z.avail_out)
            }
        }
        return Array(out[0..<produced])
    }

    /// A raw DEFLATE stream inflated by zlib into at most `limit` bytes; nil unless it reaches its end.
    static func inflateRaw(_ stream: [UInt8], limit: Int) -> [UInt8]? {
        var z = z_stream()
        guard inflateInit2_(&z, -15, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
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

    /// The same stream decoded by `DeflateDecoder` into a buffer of `limit` bytes; nil when it refuses it.
    static func decodeRaw(_ stream: [UInt8], limit: Int) -> [UInt8]? {
        var out = [UInt8](repeating: 0xA5, count: max(limit, 1))
        let produced: Int? = stream.withUnsafeBufferPointer { input in
            out.withUnsafeMutableBufferPointer { output in
                guard let src = input.baseAddress, let dst = output.baseAddress, !input.isEmpty else { return nil }
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
