/// A key/value metadata pair (parquet.thrift `KeyValue`), in file or column-chunk metadata.
package struct KeyValue: Sendable, Equatable {
    package var key: String
    package var value: String?
}

extension KeyValue {
    init(thrift r: inout ThriftCompactReader) throws {
        var key = "", value: String?
        try r.readStruct { r, f in
            switch f.id {
            case 1: key = try r.readString(f, "KeyValue.key")
            case 2: value = try r.readString(f, "KeyValue.value")
            default: try r.skip(f)
            }
        }
        self.init(key: key, value: value)
    }

    static func list(_ r: inout ThriftCompactReader, _ f: ThriftField, _ name: String) throws -> [KeyValue] {
        try r.readList(f, name) { r, t in try r.elementStruct(t, name) { try KeyValue(thrift: &$0) } }
    }
}
