import CCompression

/// The wrapper around one DEFLATE body in a GZIP page: a gzip member's header and trailer (RFC 1952), or a
/// zlib stream's (RFC 1950), which zlib also accepts where it is asked to detect the header. Checked as
/// zlib checks them: the header's method, flags and (when present) CRC; the trailer's checksum of the
/// member's output and, for gzip, its length.
enum GzipMember {
    enum Wrapper { case gzip, zlib }

    /// Reads the header at `src[at...]`; returns where the DEFLATE body starts and which trailer ends it.
    static func header(_ src: UnsafePointer<UInt8>, count n: Int, at start: Int) throws -> (
        body: Int, wrapper: Wrapper
    ) {
        guard n - start >= 2 else { throw DeflateDecoder.truncated(n) }
        if src[start] == 0x1F && src[start + 1] == 0x8B {
            return (try gzipHeader(src, count: n, at: start), .gzip)
        }
        let method = Int(src[start])
        let flags = Int(src[start + 1])
        guard (method << 8 | flags) % 31 == 0 else { throw DeflateDecoder.corrupt("incorrect header check", at: start) }
        guard method & 15 == 8 else { throw DeflateDecoder.corrupt("unknown compression method", at: start) }
        guard method >> 4 <= 7 else { throw DeflateDecoder.corrupt("invalid window size", at: start) }
        guard flags & 0x20 == 0 else {
            throw CodecError.unsupported(what: "a zlib stream with a preset dictionary in a GZIP page")
        }
        return (start + 2, .zlib)
    }

    private static func gzipHeader(_ src: UnsafePointer<UInt8>, count n: Int, at start: Int) throws -> Int {
        guard n - start >= 10 else { throw DeflateDecoder.truncated(n) }
        guard src[start + 2] == 8 else { throw DeflateDecoder.corrupt("unknown compression method", at: start + 2) }
        let flags = src[start + 3]
        guard flags & 0xE0 == 0 else { throw DeflateDecoder.corrupt("unknown header flags set", at: start + 3) }
        var p = start + 10
        if flags & 4 != 0 {  // FEXTRA: a two-byte length, then that many bytes
            guard n - p >= 2 else { throw DeflateDecoder.truncated(n) }
            let length = Int(src[p]) | Int(src[p + 1]) << 8
            guard n - (p + 2) >= length else { throw DeflateDecoder.truncated(n) }
            p += 2 + length
        }
        for flag: UInt8 in [8, 16] where flags & flag != 0 {  // FNAME, FCOMMENT: zero-terminated
            while p < n && src[p] != 0 { p += 1 }
            guard p < n else { throw DeflateDecoder.truncated(n) }
            p += 1
        }
        if flags & 2 != 0 {  // FHCRC: the low 16 bits of the header's CRC-32
            guard n - p >= 2 else { throw DeflateDecoder.truncated(n) }
            let stored = UInt32(src[p]) | UInt32(src[p + 1]) << 8
            guard crc32(0, src + start, UInt32(p - start)) & 0xFFFF == stored else {
                throw DeflateDecoder.corrupt("header crc mismatch", at: p)
            }
            p += 2
        }
        return p
    }

    /// Checks the trailer at `src[at...]` against the member's output; returns the index after it.
    static func checkTrailer(
        _ wrapper: Wrapper, _ src: UnsafePointer<UInt8>, count n: Int, at start: Int,
        output: UnsafeBufferPointer<UInt8>
    ) throws -> Int {
        let length = UInt32(truncatingIfNeeded: output.count)
        switch wrapper {
        case .gzip:
            guard n - start >= 8 else { throw DeflateDecoder.truncated(n) }
            let check = crc32(0, output.baseAddress, length)
            guard check == UInt(word(src + start, bigEndian: false)) else {
                throw DeflateDecoder.corrupt("incorrect data check", at: start)
            }
            guard length == word(src + start + 4, bigEndian: false) else {
                throw DeflateDecoder.corrupt("incorrect length check", at: start + 4)
            }
            return start + 8
        case .zlib:
            guard n - start >= 4 else { throw DeflateDecoder.truncated(n) }
            let check = adler32(1, output.baseAddress, length)
            guard check == UInt(word(src + start, bigEndian: true)) else {
                throw DeflateDecoder.corrupt("incorrect data check", at: start)
            }
            return start + 4
        }
    }

    private static func word(_ p: UnsafePointer<UInt8>, bigEndian: Bool) -> UInt32 {
        let value = UInt32(p[0]) | UInt32(p[1]) << 8 | UInt32(p[2]) << 16 | UInt32(p[3]) << 24
        return bigEndian ? value.byteSwapped : value
    }
}
