import Foundation

/// One past or current crawl (API_CrawlerHistory, from ListCrawls).
package struct GlueCrawl: Decodable, Sendable, Equatable {
    package var crawlId: String?
    /// `RUNNING`, `COMPLETED`, `FAILED` or `STOPPED`.
    package var state: String?
    package var startTime: Date?
    package var endTime: Date?
    package var errorMessage: String?
    /// A JSON text with the crawl's table counts.
    package var summary: String?

    package init(
        crawlId: String?, state: String?, startTime: Date? = nil, endTime: Date? = nil, errorMessage: String? = nil,
        summary: String? = nil
    ) {
        self.crawlId = crawlId
        self.state = state
        self.startTime = startTime
        self.endTime = endTime
        self.errorMessage = errorMessage
        self.summary = summary
    }

    enum CodingKeys: String, CodingKey {
        case crawlId = "CrawlId", state = "State", startTime = "StartTime", endTime = "EndTime"
        case errorMessage = "ErrorMessage", summary = "Summary"
    }
}
