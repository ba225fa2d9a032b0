/// The page index (parquet.thrift `OffsetIndex` and `ColumnIndex`), read per column chunk when a scan can use
/// it: the column index rules pages out for a predicate, the offset index says which rows each page holds.
extension ParquetFile {
    /// Largest offset or column index accepted (the footer's own limit): one entry per page, a few bytes
    /// each, plus the page bounds.
    static let maxPageIndexSize = maxFooterSize

    /// The chunk's data page locations, checked against the row group, or nil when it has no offset index.
    func offsetIndex(_ group: Int, leaf: Int) throws -> [PageLocation]? {
        let chunk = metadata.rowGroups[group].columns[leaf]
        guard let offset = chunk.offsetIndexOffset, let length = chunk.offsetIndexLength else { return nil }
        let what = "offset index of column '\(schema.columns[leaf].dottedPath)' in row group \(group)"
        let bytes = try indexBytes(offset, length, what)
        let locations = try OffsetIndex(bytes: bytes, baseOffset: Int(offset)).pageLocations
        let rows = metadata.rowGroups[group].numRows
        guard let first = locations.first, first.firstRowIndex == 0 else {
            throw CodecError.corrupt(what: what, offset: Int(offset), reason: "does not start with a page at row 0")
        }
        for (k, page) in locations.enumerated() {
            guard page.offset >= 4, Int(clamping: page.offset) < footerStart, page.compressedPageSize > 0,
                page.firstRowIndex < max(rows, 1)
            else {
                throw CodecError.corrupt(
                    what: what, offset: Int(offset),
                    reason:
                        "page \(k) (offset \(page.offset), size \(page.compressedPageSize), first row \(page.firstRowIndex)) lies outside the row group's \(rows) rows or the data region"
                )
            }
            if k > 0 {
                let before = locations[k - 1]
                guard page.firstRowIndex > before.firstRowIndex, page.offset > before.offset else {
                    throw CodecError.corrupt(
                        what: what, offset: Int(offset),
                        reason: "page \(k) does not come after page \(k - 1) in rows and offsets")
                }
            }
        }
        return locations
    }

    /// The offset indexes of `leaves` in `group` that the file has, read and checked once per row group.
    func offsetIndexes(_ group: Int, leaves: some Sequence<Int>) throws -> [Int: [PageLocation]] {
        var out: [Int: [PageLocation]] = [:]
        for leaf in leaves where out[leaf] == nil {
            if let locations = try offsetIndex(group, leaf: leaf) { out[leaf] = locations }
        }
        return out
    }

    /// The chunk's per-page bounds, one entry per page of `pageCount`, or nil when it has no column index.
    func columnIndex(_ group: Int, leaf: Int, pageCount: Int) throws -> ColumnIndex? {
        let chunk = metadata.rowGroups[group].columns[leaf]
        guard let offset = chunk.columnIndexOffset, let length = chunk.columnIndexLength else { return nil }
        let what = "column index of column '\(schema.columns[leaf].dottedPath)' in row group \(group)"
        let index = try ColumnIndex(bytes: try indexBytes(offset, length, what), baseOffset: Int(offset))
        guard index.nullPages.count == pageCount, index.minValues.count == pageCount,
            index.maxValues.count == pageCount, index.nullCounts.map({ $0.count == pageCount }) ?? true
        else {
            throw CodecError.corrupt(
                what: what, offset: Int(offset),
                reason:
                    "has \(index.nullPages.count) null flags, \(index.minValues.count) minima and \(index.maxValues.count) maxima for \(pageCount) pages"
            )
        }
        return index
    }

    /// The rows of the group's pages that may satisfy the filter by its column's index, or nil when the
    /// column has no usable index. A page of only nulls never matches (no predicate keeps a null).
    /// `locations` is the column's offset index (`offsetIndex`), read by the caller once per row group.
    func rowsThatMayMatch(_ group: Int, _ filter: ScanFilter, locations: [PageLocation]?) throws -> RowSpans? {
        let rows = Int(metadata.rowGroups[group].numRows)
        let column = schema.columns[filter.leaf]
        // INT96 has no defined sort order, so its page bounds say nothing (parquet.thrift ColumnOrder).
        guard rows > 0, column.physicalType != .int96, let locations,
            let index = try columnIndex(group, leaf: filter.leaf, pageCount: locations.count)
        else { return nil }
        // A page index that contradicts itself is not used: some parquet-mr files written without statistics
        // mark every page all-null with a null count of -1 (apache-parquet-testing's datapage_v1-*-checksum).
        if let counts = index.nullCounts {
            for k in locations.indices
            where counts[k] < 0 || (index.nullPages[k] && counts[k] != PagePlan.rows(of: k, locations, rows).count) {
                return nil
            }
        }
        var out = RowSpans()
        for k in locations.indices {
            let may =
                !index.nullPages[k]
                && filter.predicate.mayMatch(
                    min: Statistics.decode(index.minValues[k], column),
                    max: Statistics.decode(index.maxValues[k], column), allNull: false)
            if may { out.append(PagePlan.rows(of: k, locations, rows)) }
        }
        return out
    }

    private func indexBytes(_ offset: Int64, _ length: Int32, _ what: String) throws -> [UInt8] {
        guard offset >= 4, length >= 0, Int(length) <= Self.maxPageIndexSize,
            Int(clamping: offset) <= footerStart - Int(length)
        else {
            throw CodecError.corrupt(
                what: what, offset: Int(clamping: offset),
                reason: "byte range of \(length) bytes at \(offset) lies outside the data region [4, \(footerStart))")
        }
        return try file.read(offset: Int(offset), count: Int(length), what: what)
    }
}
