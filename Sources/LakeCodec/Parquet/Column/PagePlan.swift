/// Which data pages of a flat column chunk to decode, from the chunk's offset index. The reader walks every
/// page header (a few dozen bytes each), checks it against the index, and decompresses and decodes only the
/// wanted pages; the rows of the others are never materialised.
struct PagePlan: Sendable {
    /// The chunk's data pages, checked by `ParquetFile.offsetIndex` (first row 0, rows and offsets
    /// ascending, every first row inside the row group).
    let locations: [PageLocation]
    let rowGroupRows: Int
    /// One flag per data page.
    let wanted: [Bool]
    /// The rows of the wanted pages: the rows the decoded batch holds, in order.
    let spans: RowSpans

    /// Plans to decode the pages holding any of `rows`.
    init(locations: [PageLocation], rowGroupRows: Int, rows: RowSpans) {
        self.locations = locations
        self.rowGroupRows = rowGroupRows
        var wanted: [Bool] = []
        var spans = RowSpans()
        for k in locations.indices {
            let pageRows = Self.rows(of: k, locations, rowGroupRows)
            let want = rows.overlaps(pageRows)
            wanted.append(want)
            if want { spans.append(pageRows) }
        }
        self.wanted = wanted
        self.spans = spans
    }

    /// Index of the last wanted page, or -1.
    var lastWanted: Int { wanted.lastIndex(of: true) ?? -1 }

    var skippedPages: Int { wanted.count - wanted.filter { $0 }.count }

    func rows(of page: Int) -> Range<Int> { Self.rows(of: page, locations, rowGroupRows) }

    static func rows(of page: Int, _ locations: [PageLocation], _ rowGroupRows: Int) -> Range<Int> {
        let first = Int(locations[page].firstRowIndex)
        let end = page + 1 < locations.count ? Int(locations[page + 1].firstRowIndex) : rowGroupRows
        return first..<end
    }

    /// Checks data page `ordinal` as met in the chunk against the index: where it starts, and how many rows
    /// it holds (a flat column's page holds one value slot per row).
    func check(_ page: Page, ordinal: Int, rows: Int, column: String) throws {
        guard ordinal < locations.count else {
            throw CodecError.corrupt(
                what: "data page \(ordinal) of '\(column)'", offset: page.fileOffset,
                reason: "the offset index lists only \(locations.count) data pages")
        }
        guard Int(locations[ordinal].offset) == page.fileOffset else {
            throw CodecError.corrupt(
                what: "data page \(ordinal) of '\(column)'", offset: page.fileOffset,
                reason: "the offset index places it at offset \(locations[ordinal].offset)")
        }
        let expected = self.rows(of: ordinal)
        guard rows == expected.count else {
            throw CodecError.corrupt(
                what: "data page \(ordinal) of '\(column)'", offset: page.fileOffset,
                reason:
                    "holds \(rows) rows but the offset index gives it rows \(expected.lowerBound)..<\(expected.upperBound)"
            )
        }
    }
}
