/// What `crawl run` did: the crawler (and its role, when ensured), whether a crawl was started or only
/// waited for, and the catalog changes. `crawlStatus` is nil with `--no-wait`.
package struct CrawlRunResult: Sendable, Equatable {
    package var crawler: String
    package var database: String
    package var ensured: Change?
    package var roleArn: String?
    /// False when a crawl already running was waited for instead.
    package var started: Bool
    package var crawlStatus: String?
    package var changes: CatalogChanges?
    /// For each table updated, what changed in it (`CatalogSnapshot.Table.differences`).
    package var updates: [String: [String]] = [:]
}
