/// Where each data page of a column chunk starts and which row it starts with (parquet.thrift `OffsetIndex`,
/// part of the page index a writer may put between the row groups and the footer). With it a reader can
/// decode only the pages that hold the rows it wants.
package struct OffsetIndex: Sendable, Equatable {
    package var pageLocations: [PageLocation] = []
}

/// One data page (parquet.thrift `PageLocation`): file offset of its header, size of header plus compressed
/// payload, and the index within the row group of its first row.
package struct PageLocation: Sendable, Equatable {
    package var offset: Int64 = 0
    package var compressedPageSize: Int32 = 0
    package var firstRowIndex: Int64 = 0
}

extension OffsetIndex {
    init(bytes: [UInt8], baseOffset: Int) throws {
        var r = ThriftCompactReader(ByteCursor(bytes, baseOffset: baseOffset), context: "OffsetIndex")
        var index = OffsetIndex()
        try r.readStruct { r, f in
            switch f.id {
            case 1:
                index.pageLocations = try r.readList(f, "OffsetIndex.page_locations") { r, t in
                    try r.elementStruct(t, "PageLocation") { try PageLocation(thrift: &$0) }
                }
            default: try r.skip(f)
            }
        }
        self = index
    }
}

extension PageLocation {
    init(thrift r: inout ThriftCompactReader) throws {
        var p = PageLocation()
        try r.readStruct { r, f in
            switch f.id {
            case 1: p.offset = try r.readI64(f, "PageLocation.offset")
            case 2: p.compressedPageSize = try r.readI32(f, "PageLocation.compressed_page_size")
            case 3: p.firstRowIndex = try r.readI64(f, "PageLocation.first_row_index")
            default: try r.skip(f)
            }
        }
        self = p
    }
}
