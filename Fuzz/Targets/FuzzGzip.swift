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
        let ours = ZlibReference.decodeRaw(stream, limit: limit)
        let reference = ZlibReference.inflateRaw(stream, limit: limit)
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
    let compressed = ZlibReference.deflate(stream, level: level, strategy: strategy, windowBits: 31)
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
