/// GetCrawlerMetrics' counts for a crawler's last completed crawl (API_CrawlerMetrics).
package struct GlueCrawlerMetrics: Decodable, Sendable, Equatable {
    package var crawlerName: String
    package var tablesCreated: Int?
    package var tablesUpdated: Int?
    package var tablesDeleted: Int?
    package var lastRuntimeSeconds: Double?
    package var stillEstimating: Bool?

    package init(
        crawlerName: String, tablesCreated: Int? = nil, tablesUpdated: Int? = nil, tablesDeleted: Int? = nil,
        lastRuntimeSeconds: Double? = nil, stillEstimating: Bool? = nil
    ) {
        self.crawlerName = crawlerName
        self.tablesCreated = tablesCreated
        self.tablesUpdated = tablesUpdated
        self.tablesDeleted = tablesDeleted
        self.lastRuntimeSeconds = lastRuntimeSeconds
        self.stillEstimating = stillEstimating
    }

    enum CodingKeys: String, CodingKey {
        case crawlerName = "CrawlerName", tablesCreated = "TablesCreated", tablesUpdated = "TablesUpdated"
        case tablesDeleted = "TablesDeleted", lastRuntimeSeconds = "LastRuntimeSeconds"
        case stillEstimating = "StillEstimating"
    }
}
