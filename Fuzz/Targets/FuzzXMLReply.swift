// libFuzzer target: AWSCore's XML reader for REST-XML and query-protocol replies (compiled here from its
// three self-contained source files), with a walk over the tree the way response decoders read it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXMLReply(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data, size > 0 else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let root = try? XMLReader.parse(bytes) else { return 0 }
    _ = root.string("Error", "Code")
    _ = root.members("Contents")
    _ = root.firstDescendant(named: "RequestId")
    _ = root.element(at: "ListBucketResult", "Name")
    return 0
}
