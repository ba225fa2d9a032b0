/// Which rules schema inference follows (`--rules`).
///
/// - `glue`: predict what a Glue crawler writes (AWS-NOTES B2): the first 1,000 records or 1 MB of each
///   file, integers as bigint, decimals as double, CSV dates and timestamps kept as string, the CSV header
///   only when some data column is not a string.
/// - `full`: read every record and keep what the data supports: dates, timestamps and exact decimals —
///   the schema `lakectl convert` writes.
package enum InferenceRules: String, Sendable, Equatable, CaseIterable {
    case glue
    case full

    /// Records sampled per file (nil: all), per the crawler docs: "the first 1,000 records or the first
    /// megabyte of data, whichever comes first".
    package var maxRecords: Int? { self == .glue ? 1_000 : nil }
    package var maxBytes: Int? { self == .glue ? 1_000_000 : nil }
}

/// A file format a crawler classifies, named as Glue's `classification` table parameter spells it.
package enum DataFormat: String, Sendable, Equatable, Hashable {
    case csv
    case json
    case parquet
}
