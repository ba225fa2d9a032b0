import CCompression

/// GZIP (RFC 1952) pages. A page may contain several gzip members back to back (some writers flush per
/// chunk); each member is inflated in turn into the same output. Trailing zero bytes after the last member
/// are tolerated as padding. As zlib (asked to detect the header) does, a member may also be a zlib stream
/// (RFC 1950). Members are read here and their DEFLATE bodies decoded by `DeflateDecoder` (see there why
/// not by zlib); zlib computes the checksums, compresses, and its `inflate` is kept as the reference the
/// decoder is tested and fuzzed against.
enum Gzip {
    /// Decompresses into `out`, returning the bytes produced (at most `out.count`).
    static func decompress(_ input: UnsafeRawBufferPointer, into out: UnsafeMutableRawBufferPointer) throws -> Int {
        guard let src = input.baseAddress?.assumingMemoryBound(to: UInt8.self), !input.isEmpty else {
            throw DeflateDecoder.truncated(0)
        }
        guard input.count <= Int(UInt32.max), out.count <= Int(UInt32.max) else {
            throw CodecError.limitExceeded(
                what: "GZIP page size", value: max(input.count, out.count), limit: Int(UInt32.max))
        }
        guard let dst = out.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return 0 }
        let n = input.count
        let tables = DeflateTables()
        var ip = 0
        var op = 0
        repeat {
            let (body, wrapper) = try GzipMember.header(src, count: n, at: ip)
            let (end, produced) = try DeflateDecoder.decode(
                src, count: n, from: body, into: dst, at: op, room: out.count, tables: tables)
            ip = try GzipMember.checkTrailer(
                wrapper, src, count: n, at: end, output: UnsafeBufferPointer(start: dst + op, count: produced - op))
            op = produced
        } while ip < n && !onlyZeros(src + ip, n - ip) && op < out.count
        return op
    }

    /// `decompress` by zlib's `inflate`: the reference for `DeflateDecoder`'s tests and fuzz target, not used
    /// to read files.
    static func referenceDecompress(_ input: UnsafeRawBufferPointer, into out: UnsafeMutableRawBufferPointer) throws
        -> Int
    {
        guard input.count <= Int(UInt32.max) else {
            throw CodecError.limitExceeded(
                what: "GZIP compressed page size", value: input.count, limit: Int(UInt32.max))
        }
        var stream = z_stream()
        // 15 + 32: maximum window, detect gzip or zlib header automatically.
        guard inflateInit2_(&stream, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw CodecError.compression(codec: "GZIP", reason: "zlib initialisation failed")
        }
        defer { inflateEnd(&stream) }
        stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress?.assumingMemoryBound(to: Bytef.self))
        stream.avail_in = UInt32(input.count)
        stream.next_out = out.baseAddress?.assumingMemoryBound(to: Bytef.self)
        stream.avail_out = UInt32(out.count)
        while true {
            let ret = inflate(&stream, Z_NO_FLUSH)
            if ret == Z_STREAM_END {
                if stream.avail_in == 0 || stream.next_in.map({ onlyZeros($0, Int(stream.avail_in)) }) != false {
                    break
                }
                if stream.avail_out == 0 { break }  // more members but no room: size mismatch below
                guard inflateReset(&stream) == Z_OK else {
                    throw CodecError.compression(codec: "GZIP", reason: "zlib reset failed")
                }
                continue
            }
            if ret == Z_OK {
                if stream.avail_out == 0 { break }
                continue
            }
            if ret == Z_BUF_ERROR {
                throw CodecError.compression(codec: "GZIP", reason: "stream is truncated")
            }
            let message = stream.msg.map { String(cString: $0) } ?? "error \(ret)"
            throw CodecError.compression(codec: "GZIP", reason: message)
        }
        return out.count - Int(stream.avail_out)
    }

    private static func onlyZeros(_ p: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        for i in 0..<n where p[i] != 0 { return false }
        return true
    }

    static func compress(_ input: UnsafeRawBufferPointer, level: Int?) throws -> [UInt8] {
        guard input.count <= Int(UInt32.max) else {
            throw CodecError.limitExceeded(what: "GZIP input size", value: input.count, limit: Int(UInt32.max))
        }
        var stream = z_stream()
        let lvl = Int32(clamping: level ?? 6)
        // 15 + 16: maximum window, gzip header and trailer.
        guard
            deflateInit2_(
                &stream, lvl, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION,
                Int32(MemoryLayout<z_stream>.size)) == Z_OK
        else {
            throw CodecError.compression(codec: "GZIP", reason: "zlib initialisation failed (level \(lvl))")
        }
        defer { deflateEnd(&stream) }
        let bound = Int(deflateBound(&stream, UInt(input.count))) + 32
        return try [UInt8](unsafeUninitializedCapacity: bound) { buf, initialized in
            stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress?.assumingMemoryBound(to: Bytef.self))
            stream.avail_in = UInt32(input.count)
            stream.next_out = buf.baseAddress
            stream.avail_out = UInt32(clamping: buf.count)
            let ret = deflate(&stream, Z_FINISH)
            guard ret == Z_STREAM_END else {
                throw CodecError.compression(codec: "GZIP", reason: "deflate failed (\(ret))")
            }
            initialized = buf.count - Int(stream.avail_out)
        }
    }
}
