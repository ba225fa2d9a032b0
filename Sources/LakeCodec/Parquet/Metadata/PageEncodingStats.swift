/// How many pages of a type use an encoding (parquet.thrift `PageEncodingStats`).
package struct PageEncodingStats: Sendable, Equatable {
    package var pageType: PageType
    package var encoding: Encoding
    package var count: Int32
}

extension PageEncodingStats {
    init(thrift r: inout ThriftCompactReader) throws {
        var s = PageEncodingStats(pageType: .dataPage, encoding: .plain, count: 0)
        try r.readStruct { r, f in
            switch f.id {
            case 1: s.pageType = PageType(rawValue: try r.readI32(f, "PageEncodingStats.page_type"))
            case 2: s.encoding = Encoding(rawValue: try r.readI32(f, "PageEncodingStats.encoding"))
            case 3: s.count = try r.readI32(f, "PageEncodingStats.count")
            default: try r.skip(f)
            }
        }
        self = s
    }
}
