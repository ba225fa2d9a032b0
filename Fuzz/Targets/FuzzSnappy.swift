// libFuzzer target: LakeCodec's own snappy decoder (SnappyDecoder) held to libsnappy, its reference, on
// arbitrary bytes. The input is read as a snappy stream (declared lengths above 1 MiB skipped): both
// decoders must accept it with the same bytes or both reject it. The input is also compressed by
// libsnappy and must decode back to itself. Any disagreement traps, so libFuzzer reports it as a crash.
@testable import LakeCodec

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSnappy(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data, size > 0 else { return 0 }
    let input = UnsafeRawBufferPointer(start: data, count: size)
    if let (declared, _) = try? SnappyDecoder.uncompressedLength(input), declared <= 1 << 20 {
        let ours = decode(input, expected: declared, reference: false)
        let reference = decode(input, expected: declared, reference: true)
        precondition(ours == reference, "SnappyDecoder and libsnappy disagree on a \(size)-byte stream")
    }
    if let stream = try? Snappy.compress(input) {
        let back = stream.withUnsafeBytes { decode($0, expected: size, reference: false) }
        precondition(back.map { $0.elementsEqual(input) } == true, "a libsnappy stream did not decode to its input")
    }
    return 0
}

/// The decoded bytes, or nil when the decoder rejected the stream; the output buffer has one spare byte,
/// as a page's does.
private func decode(_ input: UnsafeRawBufferPointer, expected: Int, reference: Bool) -> [UInt8]? {
    var out = [UInt8](repeating: 0, count: expected + 1)
    let produced: Int? = out.withUnsafeMutableBytes { buffer in
        reference
            ? try? Snappy.referenceDecompress(input, into: buffer, expected: expected)
            : try? Snappy.decompress(input, into: buffer, expected: expected)
    }
    guard let produced, produced == expected else { return nil }
    return Array(out[0..<produced])
}
