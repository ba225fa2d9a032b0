/// The one way LakeCodec reads a Parquet file's data: `scan` for rows (cat, convert), `decodeChunk` for
/// whole column chunks (profile).
extension ParquetFile {
    /// Calls `body` with the rows selected by `options`, in file order, in batches of at most
    /// `options.batchRows`; `body` returns false to stop (a `--limit` reached).
    ///
    /// Per row group: statistics first (a group they rule out is never read), then the predicate columns'
    /// page index where the file has one (pages it rules out are not decoded; a group with none left is not
    /// read), then the predicate columns (a group where no row passes stops there), then the other selected
    /// columns — with an offset index, only their pages holding selected rows: late materialisation at page
    /// granularity. Chunks are decoded on `options.threads` threads. Memory is bounded by one row group's
    /// selected columns.
    @discardableResult
    package func scan(_ options: ScanOptions, _ body: (ScanBatch) throws -> Bool) throws -> ScanReport {
        let fields = try selectFields(options.columns)
        let filters = try options.predicates.map { try bindFilter($0) }
        let groups = try rowGroups(matching: filters.map(\.predicate))
        var report = ScanReport(rowGroupsSkippedByStatistics: rowGroupCount - groups.count)
        let wanted = unique(fields.flatMap(\.leafIndices))
        let filterLeaves = unique(filters.map(\.leaf))
        // String filter columns keep their dictionary: the filter tests each entry once (`ScanFilter.apply`).
        let stringFilterLeaves = Set(filterLeaves.filter { schema.columns[$0].physicalType == .byteArray })
        let dictionaryLeaves =
            options.keepsDictionaryStrings
            ? Set(
                fields.compactMap { field in
                    field.isRepeated
                        ? nil
                        : field.leafIndex.flatMap {
                            schema.columns[$0].physicalType == .byteArray ? $0 : nil
                        }
                }) : []
        // Leaves read by a flat field only: their chunks may be decoded page by page (`PagePlan`); a nested
        // field's rows are assembled from its whole chunks.
        let flatLeaves = Set(filterLeaves).union(
            fields.compactMap { $0.isRepeated ? nil : $0.leafIndex }
        ).subtracting(fields.filter { $0.leafIndex == nil || $0.isRepeated }.flatMap(\.leafIndices))
        for g in groups {
            let groupRows = Int(metadata.rowGroups[g].numRows)
            // The page index is read only for a filtered scan of a group that has one: each chunk's offset
            // index once, for the filter's candidate rows and for the page plans alike.
            let indexed = options.usesPageIndex && !filters.isEmpty && hasOffsetIndex(g)
            let filterPages = indexed ? try offsetIndexes(g, leaves: filterLeaves) : [:]
            // The rows the filter columns' page bounds leave in play (nil: no column index to judge by).
            let candidates = try pageCandidates(g, filters, filterPages)
            if candidates?.isEmpty == true {
                report.rowGroupsSkippedByPageIndex += 1
                continue
            }
            let plan = ChunkDecoding(
                options: options, flatLeaves: flatLeaves, rows: candidates, pages: filterPages,
                keepingDictionaries: stringFilterLeaves)
            var decoded = try decodeChunks(g, leaves: filterLeaves, plan)
            let selection = try select(groupRows, filters, decoded, candidates)
            report.pagesSkipped += decoded.values.reduce(0) { $0 + $1.skippedPages }
            if selection?.isEmpty == true { continue }
            let restLeaves = wanted.filter { decoded[$0] == nil }
            let rest = try decodeChunks(
                g, leaves: restLeaves,
                ChunkDecoding(
                    options: options, flatLeaves: flatLeaves,
                    rows: indexed ? selection.map { RowSpans(rows: $0) } : nil,
                    pages: indexed ? try offsetIndexes(g, leaves: restLeaves.filter(flatLeaves.contains)) : [:],
                    keepingDictionaries: dictionaryLeaves))
            report.pagesSkipped += rest.values.reduce(0) { $0 + $1.skippedPages }
            decoded.merge(rest) { a, _ in a }
            let batch = RecordBatch(rowCount: groupRows, columns: decoded)
            var cursors = try fields.map { try ScanFieldCursor(field: $0, batch: batch) }
            // Rows are listed a batch at a time when every row is selected: `num_rows` comes from the footer,
            // and a list of them all would be sized by an untrusted number before any chunk vouched for it.
            let selected = selection?.count ?? groupRows
            var start = 0
            while start < selected {
                let end = min(selected, start + options.batchRows)
                let rows = selection.map { Array($0[start..<end]) } ?? Array(start..<end)
                let columns = try cursors.indices.map { try cursors[$0].column(rows: rows) }
                if try !body(ScanBatch(rowGroup: g, rowNumbers: rows, columns: columns)) { return report }
                start = end
            }
        }
        return report
    }

    private func hasOffsetIndex(_ g: Int) -> Bool {
        metadata.rowGroups[g].columns.contains { $0.offsetIndexOffset != nil }
    }

    /// The rows of group `g` that every filter's column index leaves in play: the intersection of the pages
    /// each may match. Nil when no filter column has a page index.
    private func pageCandidates(_ g: Int, _ filters: [ScanFilter], _ pages: [Int: [PageLocation]]) throws
        -> RowSpans?
    {
        var candidates: RowSpans?
        for filter in filters {
            guard let spans = try rowsThatMayMatch(g, filter, locations: pages[filter.leaf]) else { continue }
            candidates = candidates.map { $0.intersection(spans) } ?? spans
        }
        return candidates
    }

    /// One column chunk of row group `group`, decoded (levels and typed values); with a `plan`, only the
    /// pages it wants.
    func decodeChunk(
        _ group: Int, leaf: Int, verifyChecksums: Bool, keepsDictionaryIndices: Bool = false, plan: PagePlan? = nil
    ) throws -> ColumnBatch {
        let (reader, g) = try chunkReader(
            group, leaf: leaf, verifyChecksums: verifyChecksums, keepsDictionaryIndices: keepsDictionaryIndices)
        return try reader.read(
            g.columns[leaf], file: file, dataEnd: footerStart, rowGroupRows: g.numRows, plan: plan)
    }

    /// The reader for leaf `leaf`'s chunks, and row group `group` (checked to exist).
    func chunkReader(_ group: Int, leaf: Int, verifyChecksums: Bool, keepsDictionaryIndices: Bool) throws
        -> (ColumnChunkReader, RowGroup)
    {
        guard group >= 0, group < metadata.rowGroups.count else {
            throw CodecError.unsupported(what: "row group \(group) (the file has \(metadata.rowGroups.count))")
        }
        let reader = ColumnChunkReader(
            descriptor: schema.columns[leaf], verifyChecksums: verifyChecksums, chunkPadding: legacyChunkPadding,
            keepsDictionaryIndices: keepsDictionaryIndices)
        return (reader, metadata.rowGroups[group])
    }

    /// How `decodeChunks` decodes a set of chunks.
    private struct ChunkDecoding {
        let options: ScanOptions
        /// Leaves whose chunks may be decoded page by page.
        let flatLeaves: Set<Int>
        /// The rows wanted (nil: all): a flat leaf with an offset index decodes only the pages holding them.
        let rows: RowSpans?
        /// The offset indexes of the leaves to decode that have one.
        let pages: [Int: [PageLocation]]
        /// Leaves that keep their dictionary indices when every page is dictionary-encoded.
        let keepingDictionaries: Set<Int>
    }

    /// The page plan for `leaf` in `group`: nil to decode the whole chunk (no rows asked, not a flat leaf,
    /// no offset index, or every page wanted).
    private func pagePlan(_ group: Int, leaf: Int, _ how: ChunkDecoding) -> PagePlan? {
        guard let rows = how.rows, how.flatLeaves.contains(leaf), let locations = how.pages[leaf] else { return nil }
        let plan = PagePlan(
            locations: locations, rowGroupRows: Int(metadata.rowGroups[group].numRows), rows: rows)
        return plan.skippedPages == 0 ? nil : plan
    }

    /// The chunks of `leaves` in row group `group`, decoded in parallel on `how.options.threads` threads.
    /// Those in `how.keepingDictionaries` keep their dictionary indices when every page is
    /// dictionary-encoded; a chunk that fell back to plain pages part way is decoded again expanded (kept
    /// indices and plain values together lose the row order).
    private func decodeChunks(_ group: Int, leaves: [Int], _ how: ChunkDecoding) throws -> [Int: ColumnBatch] {
        let verify = how.options.verifyChecksums
        let batches = try Parallel.map(leaves.count, threads: how.options.threads) { i -> ColumnBatch in
            let leaf = leaves[i]
            let plan = pagePlan(group, leaf: leaf, how)
            if how.keepingDictionaries.contains(leaf) {
                let kept = try decodeChunk(
                    group, leaf: leaf, verifyChecksums: verify, keepsDictionaryIndices: true, plan: plan)
                if kept.dictionaryIndices.isEmpty || kept.values.count == 0 { return kept }
            }
            return try decodeChunk(group, leaf: leaf, verifyChecksums: verify, plan: plan)
        }
        return Dictionary(uniqueKeysWithValues: zip(leaves, batches))
    }

    /// A predicate checked against the schema: its leaf, and its literal bound to the column's type.
    private func bindFilter(_ p: RowGroupPredicate) throws -> ScanFilter {
        guard let node = schema.field(named: p.column), let leaf = node.leafIndex, !node.isRepeated else {
            throw CodecError.unsupported(
                what: "a filter needs a top-level, non-nested column; '\(p.column)' is not one in \(path)")
        }
        return ScanFilter(predicate: try p.bound(to: schema.columns[leaf]), leaf: leaf)
    }

    /// Row numbers of the group that satisfy every filter; nil when there is no filter (every row). Only
    /// `candidates` are tested when the page index narrowed them. The filter columns were decoded first and
    /// matched `groupRows` (or, page by page, the offset index), so the flags below are backed by data.
    private func select(
        _ groupRows: Int, _ filters: [ScanFilter], _ decoded: [Int: ColumnBatch], _ candidates: RowSpans?
    ) throws -> [Int]? {
        guard !filters.isEmpty else { return nil }
        var keep = [Bool](repeating: true, count: candidates?.rowCount ?? groupRows)
        for filter in filters {
            guard let column = decoded[filter.leaf] else { continue }
            try filter.apply(column, rows: candidates, keep: &keep)
        }
        guard let candidates else { return keep.indices.filter { keep[$0] } }
        var out: [Int] = []
        var k = 0
        for range in candidates.ranges {
            for r in range {
                if keep[k] { out.append(r) }
                k += 1
            }
        }
        return out
    }

    private func unique(_ leaves: [Int]) -> [Int] {
        var seen = Set<Int>()
        return leaves.filter { seen.insert($0).inserted }
    }
}

/// Walks one field's rows through a row group in ascending row order, so each batch costs its own rows
/// (plus the skipped ones for nested fields), never a restart from row 0.
struct ScanFieldCursor {
    private let name: String
    private let flat: (converter: LeafConverter, levels: [Int32], maxDefinition: Int32)?
    /// For a chunk read with its dictionary kept: each value's dictionary entry (the converter holds the
    /// dictionary); nil when the converter holds the values themselves.
    private let codes: [Int32]?
    private var producer: FieldRowProducer?
    /// For a chunk decoded page by page: where each asked row sits among the rows it holds.
    private var held: RowSpans.Cursor?
    private var nextRow = 0
    private var nextValue = 0

    init(field: SchemaNode, batch: RecordBatch) throws {
        name = field.path.joined(separator: ".")
        if let leaf = field.leafIndex, !field.isRepeated, let column = batch.columns[leaf] {
            let kept = column.dictionary.flatMap { column.dictionaryIndices.isEmpty ? nil : $0 }
            let converter = try LeafConverter(descriptor: column.descriptor, values: kept ?? column.values)
            flat = (converter, column.definitionLevels, Int32(column.descriptor.maxDefinitionLevel))
            codes = kept == nil ? nil : column.dictionaryIndices
            producer = nil
            held = column.rowSpans.map(RowSpans.Cursor.init)
        } else {
            flat = nil
            codes = nil
            producer = try FieldRowProducer(field: field, batch: batch)
        }
    }

    /// The column over `rows` (ascending, each past the previous call's).
    mutating func column(rows: [Int]) throws -> ScanColumn {
        if let flat {
            var index = [Int](repeating: -1, count: rows.count)
            let count = codes?.count ?? flat.converter.values.count
            for (k, row) in rows.enumerated() {
                var r = row
                if held != nil {
                    guard let local = held?.position(of: row) else {
                        throw CodecError.corrupt(
                            what: "column '\(name)'", offset: 0,
                            reason: "row \(row) is not in the pages decoded for it")
                    }
                    r = local
                }
                if flat.maxDefinition == 0 {
                    nextValue = r
                } else {
                    guard r < flat.levels.count else { throw shortLevels() }
                    while nextRow < r {
                        if flat.levels[nextRow] == flat.maxDefinition { nextValue += 1 }
                        nextRow += 1
                    }
                    if flat.levels[r] != flat.maxDefinition { continue }
                }
                guard nextValue < count else { throw shortLevels() }
                // The reader checked every kept index against the dictionary's size.
                index[k] = codes.map { Int($0[nextValue]) } ?? nextValue
            }
            return ScanColumn(name: name, storage: .flat(converter: flat.converter, valueIndex: index))
        }
        var values: [Value] = []
        values.reserveCapacity(rows.count)
        for r in rows {
            while nextRow < r {
                _ = try producer?.next()
                nextRow += 1
            }
            values.append(try producer?.next() ?? .null)
            nextRow += 1
        }
        return ScanColumn(name: name, storage: .assembled(values))
    }

    private func shortLevels() -> CodecError {
        .corrupt(what: "values of column '\(name)'", offset: 0, reason: "fewer values than the levels call for")
    }
}
