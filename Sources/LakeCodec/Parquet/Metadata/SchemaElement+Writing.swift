/// Thrift compact encoding of `SchemaElement` and the `LogicalType` union (parquet.thrift field ids).
extension SchemaElement {
    func write(to w: inout ThriftCompactWriter) {
        if let type { w.i32(1, type.rawValue) }
        if let typeLength { w.i32(2, typeLength) }
        if let repetition { w.i32(3, repetition.rawValue) }
        w.string(4, name)
        if let numChildren { w.i32(5, numChildren) }
        if let convertedType { w.i32(6, convertedType.rawValue) }
        if let scale { w.i32(7, scale) }
        if let precision { w.i32(8, precision) }
        if let fieldID { w.i32(9, fieldID) }
        if let logicalType, logicalType.isWritable { w.structure(10) { logicalType.write(to: &$0) } }
    }
}

extension LogicalType {
    /// Annotations whose id this reader did not know are dropped on write (the physical type remains).
    var isWritable: Bool {
        if case .unknownAnnotation = self { return false }
        return true
    }

    private static func unit(_ u: TimeUnit, _ w: inout ThriftCompactWriter) {
        w.structure(2) { w in
            switch u {
            case .millis: w.structure(1) { _ in }
            case .micros: w.structure(2) { _ in }
            case .nanos: w.structure(3) { _ in }
            }
        }
    }

    func write(to w: inout ThriftCompactWriter) {
        let empty: (inout ThriftCompactWriter) -> Void = { _ in }
        switch self {
        case .string: w.structure(1, empty)
        case .map: w.structure(2, empty)
        case .list: w.structure(3, empty)
        case .enumeration: w.structure(4, empty)
        case let .decimal(scale, precision):
            w.structure(5) { w in
                w.i32(1, scale)
                w.i32(2, precision)
            }
        case .date: w.structure(6, empty)
        case let .time(utc, u):
            w.structure(7) { w in
                w.bool(1, utc)
                Self.unit(u, &w)
            }
        case let .timestamp(utc, u):
            w.structure(8) { w in
                w.bool(1, utc)
                Self.unit(u, &w)
            }
        case let .integer(width, signed):
            w.structure(10) { w in
                w.header8(1, width)
                w.bool(2, signed)
            }
        case .null: w.structure(11, empty)
        case .json: w.structure(12, empty)
        case .bson: w.structure(13, empty)
        case .uuid: w.structure(14, empty)
        case .float16: w.structure(15, empty)
        case let .variant(version):
            w.structure(16) { w in if let version { w.header8(1, version) } }
        case let .geometry(crs):
            w.structure(17) { w in if let crs { w.string(1, crs) } }
        case let .geography(crs, algorithm):
            w.structure(18) { w in
                if let crs { w.string(1, crs) }
                if let algorithm { w.i32(2, algorithm) }
            }
        case .unknownAnnotation: break
        }
    }
}
