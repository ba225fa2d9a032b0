// libFuzzer target: the Thrift compact reader through every parquet.thrift struct LakeCodec decodes from
// untrusted bytes (the footer and page headers), plus a generic skip of an arbitrary struct. Errors are
// expected; a trap, an out-of-bounds access or a hang is a bug.
@testable import LakeCodec

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzThriftCompact(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data, size > 0 else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = try? FileMetaData(bytes: bytes, baseOffset: 0)
    var header = ThriftCompactReader(ByteCursor(bytes), context: "PageHeader")
    _ = try? PageHeader(thrift: &header)
    var generic = ThriftCompactReader(ByteCursor(bytes), context: "Fuzz")
    try? generic.readStruct { r, f in try r.skip(f) }
    return 0
}
