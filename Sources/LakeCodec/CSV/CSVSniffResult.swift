/// What `CSVSniffer` concluded about a sample: a dialect ready for `CSVReader`, the column names and types
/// under DuckDB-style rules, and what Glue's crawler rules would say about the same header and types (the
/// two differ on purpose; see AWS-NOTES B2 and C).
package struct CSVSniffResult: Sendable, Equatable {
    package var dialect: CSVDialect
    package var columnNames: [String]
    /// DuckDB's ladder (`CSVTypeGuess.Rules.full`).
    package var columnTypes: [CSVValueType]
    /// Whether any field in the sample was actually quoted. DuckDB reports the quote as `(empty)` when not,
    /// though reading with the quote set is harmless; `reportedQuote` follows DuckDB.
    package var quoteUsed: Bool
    /// Whether an escape sequence (a doubled quote or a backslash escape) occurred in the sample.
    package var escapeUsed: Bool
    /// Records of the sample the decision was made on (after skipped lines).
    package var sampledRows: Int
    /// Glue's header rule applied to the same rows (all-string files get no header).
    package var glueHasHeader: Bool
    /// Glue's observed CSV types (no date/timestamp inference).
    package var glueColumnTypes: [CSVValueType]

    package var reportedQuote: UInt8? { quoteUsed ? dialect.quote : nil }

    /// Whether Glue's built-in CSV classifier would accept the file at all: one of its delimiters
    /// (`,` `|` `\t` `;` Ctrl-A), at least two columns and at least two rows in the sample (AWS-NOTES B2).
    /// Otherwise a crawler reports the classification `UNKNOWN`.
    package var glueRecognisesCSV: Bool {
        CSVSniffer.delimiters.contains(dialect.delimiter) && columnNames.count >= 2 && sampledRows >= 2
    }
    package var reportedEscape: UInt8? { escapeUsed ? dialect.escape : nil }
}
