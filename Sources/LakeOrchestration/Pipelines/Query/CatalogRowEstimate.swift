import AWSServices
import Foundation

/// About how many rows a Glue table holds, for `auto` to pick a fetch path before the query runs: a plain
/// single-table SELECT returns at most that many.
enum CatalogRowEstimate {
    /// Bytes one stored row is taken to occupy when only the table's bytes are known. The narrow tables
    /// this was measured on hold 17 (the benchmark's bigint, varchar, decimal and double, DuckDB's Parquet),
    /// 25 and 27 (the demo's `shop.orders` and `customers`, pyarrow's) bytes per row; a wider table holds
    /// more, so its rows are over-counted, which errs toward the paths for larger results (the cheaper
    /// mistake: UNLOAD for a small result costs one listing and a few GETs more, paging a large one costs a
    /// call per 1,000 rows).
    static let storedBytesPerRow = 16

    /// From the parameters a crawler sets (in the table's or its storage descriptor's): `recordCount`,
    /// else `sizeKey` / `averageRecordSize`, else `sizeKey` (bytes, as lakectl's own catalog step sets it)
    /// at `storedBytesPerRow`; nil when none is there.
    static func rows(_ table: GlueTable) -> Int? {
        let parameters = (table.storageDescriptor?.parameters ?? [:]).merging(table.parameters ?? [:]) { _, t in t }
        let number = { (key: String) in parameters[key].flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } }
        if let records = number("recordCount"), records >= 0 { return records }
        guard let size = number("sizeKey"), size >= 0 else { return nil }
        if let average = number("averageRecordSize"), average > 0 { return size / average }
        return rows(storedBytes: Int64(size))
    }

    static func rows(storedBytes: Int64) -> Int { Int(clamping: storedBytes / Int64(storedBytesPerRow)) }
}
