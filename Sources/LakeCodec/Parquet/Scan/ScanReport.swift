/// What a scan skipped, for tests and benchmarks to show that pruning happened (the rows are the same
/// either way).
package struct ScanReport: Sendable, Equatable {
    /// Row groups whose statistics ruled every predicate out, never read.
    package var rowGroupsSkippedByStatistics = 0
    /// Row groups where the filter columns' page indexes left no page in play, never read.
    package var rowGroupsSkippedByPageIndex = 0
    /// Data pages of decoded chunks stepped over without decompressing, summed over columns.
    package var pagesSkipped = 0
}
