import AWSCore

extension GlueClient {
    /// Creates a crawler; `AlreadyExistsException` when the name is taken (API_CreateCrawler).
    package func createCrawler(_ input: GlueCrawlerInput) async throws {
        _ = try await call("CreateCrawler", input, output: GlueEmptyReply.self)
    }

    /// One crawler with its state and last crawl; `EntityNotFoundException` for an unknown name.
    package func getCrawler(_ name: String) async throws -> GlueCrawler {
        struct Input: Encodable, Sendable { var Name: String }
        struct Output: Decodable { var Crawler: GlueCrawler }
        return try await call("GetCrawler", Input(Name: name), output: Output.self).Crawler
    }

    /// Every crawler in the account and region (API_GetCrawlers, all pages).
    package func allCrawlers() async throws -> [GlueCrawler] {
        struct Input: Encodable, Sendable { var NextToken: String? }
        struct Output: Decodable { var Crawlers: [GlueCrawler]?; var NextToken: String? }
        var crawlers: [GlueCrawler] = []
        var token: String?
        repeat {
            let page = try await call("GetCrawlers", Input(NextToken: token), output: Output.self)
            crawlers += page.Crawlers ?? []
            token = page.NextToken
        } while token != nil
        return crawlers
    }

    /// Changes a crawler's definition; `CrawlerRunningException` while it runs (API_UpdateCrawler).
    package func updateCrawler(_ input: GlueCrawlerInput) async throws {
        var update = input
        update.tags = nil
        _ = try await call("UpdateCrawler", update, output: GlueEmptyReply.self)
    }

    /// Deletes a crawler (its tables stay); `EntityNotFoundException` for an unknown name.
    package func deleteCrawler(_ name: String) async throws {
        struct Input: Encodable, Sendable { var Name: String }
        _ = try await call("DeleteCrawler", Input(Name: name), output: GlueEmptyReply.self)
    }

    /// Starts a crawl; `CrawlerRunningException` when one is already running (API_StartCrawler).
    package func startCrawler(_ name: String) async throws {
        struct Input: Encodable, Sendable { var Name: String }
        _ = try await call("StartCrawler", Input(Name: name), output: GlueEmptyReply.self)
    }

    /// Asks a running crawl to stop; `CrawlerNotRunningException` when none runs (API_StopCrawler).
    package func stopCrawler(_ name: String) async throws {
        struct Input: Encodable, Sendable { var Name: String }
        _ = try await call("StopCrawler", Input(Name: name), output: GlueEmptyReply.self)
    }

    /// The table counts of each named crawler's last crawl (API_GetCrawlerMetrics).
    package func getCrawlerMetrics(_ names: [String]) async throws -> [GlueCrawlerMetrics] {
        struct Input: Encodable, Sendable { var CrawlerNameList: [String] }
        struct Output: Decodable { var CrawlerMetricsList: [GlueCrawlerMetrics]? }
        return try await call("GetCrawlerMetrics", Input(CrawlerNameList: names), output: Output.self)
            .CrawlerMetricsList ?? []
    }

    /// A crawler's crawls, oldest first as Glue lists them (API_ListCrawls, one page).
    package func listCrawls(_ name: String, maxResults: Int? = nil) async throws -> [GlueCrawl] {
        struct Input: Encodable, Sendable { var CrawlerName: String; var MaxResults: Int? }
        struct Output: Decodable { var Crawls: [GlueCrawl]? }
        return try await call("ListCrawls", Input(CrawlerName: name, MaxResults: maxResults), output: Output.self)
            .Crawls ?? []
    }
}
