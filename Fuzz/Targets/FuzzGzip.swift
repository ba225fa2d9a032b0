// libFuzzer target: LakeCodec's own DEFLATE decoder (DeflateDecoder, through Gzip) held to zlib, its reference,
// on arbitrary bytes. The first byte picks how the rest is read: as a raw DEFLATE stream (no checksum, so
// damaged streams still decode and the bytes can differ) decoded into at most 256 KiB, or as a GZIP page
// (gzip or zlib members) of the size zlib finds, and that size plus one. Both decoders must accept with
// the same bytes or both reject. The rest is also compressed by zlib (level and strategy from the first
// byte) and must decode back to itself. Any disagreement traps, so libFuzzer reports it as a crash.
import CCompression

@testable import LakeCodec

private let limit = 1 << 18

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGzip(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data, size > 1 else { return 0 }
    let mode = data[0]
    let stream = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    if mode & 1 == 0 {
        let ours = decodeRaw(stream)
        let reference = inflateRaw(stream)
        precondition(ours == reference, "DeflateDecoder and zlib disagree on a \(stream.count)-byte raw stream")
    } else {
        let natural = decodePage(stream, expected: limit, reference: true, exact: false)?.count ?? 1_000
        for expected in [natural, natural + 1] {
            let ours = decodePage(stream, expected: expected, reference: false, exact: true)
            let reference = decodePage(stream, expected: expected, reference: true, exact: true)
            precondition(ours == reference, "Gzip and zlib disagree on a \(stream.count)-byte page of \(expected)")
        }
    }
    let level = Int32(mode >> 1) % 10
    let strategy = [Z_DEFAULT_STRATEGY, Z_FILTERED, Z_HUFFMAN_ONLY, Z_RLE, Z_FIXED][Int(mode >> 5) % 5]
    let compressed = deflateGzip(stream, level: level, strategy: strategy)
    let back = decodePage(compressed, expected: stream.count, reference: false, exact: true)
    precondition(back == stream, "a zlib stream did not decode to its input")
    return 0
}

/// The page decoded into `expected` bytes and one spare, or nil when rejected (or, when `exact`, when it
/// does not fill exactly `expected`).
private func decodePage(_ stream: [UInt8], expected: Int, reference: Bool, exact: Bool) -> [UInt8]? {
    var out = [UInt8](repeating: 0, count: expected + 1)
    let produced: Int? = stream.withUnsafeBytes { input in
        out.withUnsafeMutableBytes { buffer in
            reference ? try? Gzip.referenceDecompress(input, into: buffer) : try? Gzip.decompress(input, into: buffer)
        }
    }
    guard let produced, !exact || produced == expected else { return nil }
    return Array(out[0..<produced])
}

private func decodeRaw(_ stream: [UInt8]) -> [UInt8]? {
    var out = [UInt8](repeating: 0, count: limit)
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

private func inflateRaw(_ stream: [UInt8]) -> [UInt8]? {
    var z = z_stream()
    guard inflateInit2_(&z, -15, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
    defer { inflateEnd(&z) }
    var out = [UInt8](repeating: 0, count: limit)
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

private func deflateGzip(_ bytes: [UInt8], level: Int32, strategy: Int32) -> [UInt8] {
    var z = z_stream()
    precondition(
        deflateInit2_(&z, level, Z_DEFLATED, 31, 8, strategy, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
            == Z_OK)
    defer { deflateEnd(&z) }
    var out = [UInt8](repeating: 0, count: Int(deflateBound(&z, UInt(bytes.count))) + 64)
    let produced = bytes.withUnsafeBytes { input in
        out.withUnsafeMutableBytes { output in
            z.next_in = UnsafeMutablePointer(mutating: input.baseAddress?.assumingMemoryBound(to: Bytef.self))
            z.avail_in = UInt32(input.count)
            z.next_out = output.baseAddress?.assumingMemoryBound(to: Bytef.self)
            z.avail_out = UInt32(output.count)
            precondition(deflate(&z, Z_FINISH) == Z_STREAM_END)
            return output.count - Int(z.avail_out)
        }
    }
    return Array(out[0..<produced])
}
