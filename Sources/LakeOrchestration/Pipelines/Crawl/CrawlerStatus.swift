import AWSServices
import Foundation

/// One crawler as `crawl status` shows it.
package struct CrawlerStatus: Sendable, Equatable {
    package var name: String
    package var state: String
    package var database: String
    package var paths: [String]
    package var lastStatus: String?
    package var lastError: String?
    package var lastStart: Date?
    package var tablesCreated: Int?
    package var tablesUpdated: Int?
    package var tablesDeleted: Int?

    init(_ crawler: GlueCrawler, metrics: GlueCrawlerMetrics?) {
        name = crawler.name
        state = crawler.state ?? "UNKNOWN"
        database = crawler.databaseName ?? ""
        paths = crawler.targets?.s3Targets?.map(\.path) ?? []
        lastStatus = crawler.lastCrawl?.status
        lastError = crawler.lastCrawl?.errorMessage
        lastStart = crawler.lastCrawl?.startTime
        tablesCreated = metrics?.tablesCreated
        tablesUpdated = metrics?.tablesUpdated
        tablesDeleted = metrics?.tablesDeleted
    }
}
