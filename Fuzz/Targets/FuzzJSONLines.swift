// libFuzzer target: the JSON-lines reader (line splitting, the JSON parser, depth and size limits) and its
// type inference over each record.
@testable import LakeCodec

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONLines(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data, size > 0 else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let reader = JSONLinesReader(bytes: bytes, maxLineBytes: 1 << 16)
    var records = 0
    while records < 10_000 {
        guard let record = try? reader.next() else { break }
        records += 1
        for (_, value) in record.fields { _ = value.compactJSONText }
    }
    return 0
}
