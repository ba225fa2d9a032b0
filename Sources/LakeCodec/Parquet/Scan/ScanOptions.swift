/// What `ParquetFile.scan` reads: which fields, which rows, in what batch size, on how many threads.
package struct ScanOptions: Sendable {
    /// Top-level (or dotted, see `ParquetFile.selectFields`) field names, in output order; nil reads all.
    package var columns: [String]?
    /// Rows must satisfy all of these (AND). Each names a top-level, non-repeated leaf column. Row groups
    /// whose statistics rule a predicate out are not read; in the others the predicate columns are
    /// decoded first, and the rest only when some row passes. A predicate column not in `columns` is
    /// read to filter and not returned.
    ///
    /// Deliberately the simple shape (column, comparison, literal) so a richer filter engine can hand
    /// down the conjuncts it can prune with and keep evaluating the rest itself.
    package var predicates: [RowGroupPredicate]
    /// Most rows per `ScanBatch`.
    package var batchRows: Int
    /// Threads decoding the column chunks of a row group in parallel (1: all on the caller's thread).
    package var threads: Int
    package var verifyChecksums: Bool
    /// String (BYTE_ARRAY) columns whose chunk is wholly dictionary-encoded come out as the dictionary and one
    /// index per row instead of each row's bytes copied out: a consumer that builds one value per distinct
    /// string (`ScanColumn.strings()`, the local SQL engine) does so per dictionary entry, and only the rows a
    /// batch selects are ever read. (String predicate columns keep their dictionary whatever this says: the
    /// filter tests each entry once.)
    package var keepsDictionaryStrings = false
    /// Use the page index (`ColumnIndex`/`OffsetIndex`) where the file has one: pages a predicate's column
    /// index rules out are not decoded in any column, and the other columns decode only the pages holding
    /// selected rows. Off only to compare against (tests, benchmarks).
    package var usesPageIndex = true

    package init(
        columns: [String]? = nil, predicates: [RowGroupPredicate] = [], batchRows: Int = 8192, threads: Int = 1,
        verifyChecksums: Bool = false
    ) {
        self.columns = columns
        self.predicates = predicates
        self.batchRows = max(1, batchRows)
        self.threads = max(1, threads)
        self.verifyChecksums = verifyChecksums
    }
}
