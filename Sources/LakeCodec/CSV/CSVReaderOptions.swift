/// How strictly the reader treats the shape of the data, separate from the dialect (how it is spelled).
/// The defaults follow DuckDB's reader: a record may be up to 2 MiB (`max_line_size`), rows must have the
/// header's column count, text must be UTF-8.
package struct CSVReaderOptions: Sendable, Equatable {
    /// What to do with a row whose field count differs from the header's (`--ragged`).
    package enum Ragged: String, Sendable, Equatable, CaseIterable {
        /// Short rows get NULLs for the missing trailing fields; long rows are still an error, since
        /// dropping their extra fields would lose data silently.
        case pad
        /// Rows of the wrong width are dropped and counted in `CSVReader.skippedRows`.
        case skip
        /// The first row of the wrong width stops reading with its line number.
        case error
    }

    package var ragged: Ragged
    /// Longest record in bytes; bounds memory on a file with a runaway quote or no newlines.
    package var maxRecordBytes: Int
    /// Bytes read from the source at a time.
    package var chunkBytes: Int
    /// Rows per `CSVBatch`.
    package var batchRows: Int
    /// Most fields in one record (`CSVTokenizer.defaultMaxFields`); more is an error naming the line.
    package var maxFieldsPerRecord: Int
    /// Most fields (rows × columns) in one `CSVBatch`: a batch ends early when the next record would pass
    /// it, so a wide table holds fewer rows per batch and memory stays bounded by this, not by the shape.
    package var maxBatchFields: Int
    package var validateUTF8: Bool
    /// Whether empty lines are skipped; nil means "unless the table has one column", where an empty line
    /// is a NULL value (DuckDB's rule).
    package var skipBlankLines: Bool?
    /// The expected field count; nil takes it from the header, or the first record.
    package var columnCount: Int?

    package init(
        ragged: Ragged = .error, maxRecordBytes: Int = 2 << 20, chunkBytes: Int = 1 << 20, batchRows: Int = 8192,
        validateUTF8: Bool = true, skipBlankLines: Bool? = nil, columnCount: Int? = nil,
        maxFieldsPerRecord: Int = 100_000, maxBatchFields: Int = 1 << 20
    ) {
        self.ragged = ragged
        self.maxRecordBytes = max(1, maxRecordBytes)
        self.chunkBytes = max(1, chunkBytes)
        self.batchRows = max(1, batchRows)
        self.validateUTF8 = validateUTF8
        self.skipBlankLines = skipBlankLines
        self.columnCount = columnCount
        self.maxFieldsPerRecord = max(1, maxFieldsPerRecord)
        self.maxBatchFields = max(1, maxBatchFields)
    }
}
