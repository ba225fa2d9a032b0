import Foundation

/// A crawler as GetCrawler answers it (API_Crawler): the fields lakectl compares and reports.
package struct GlueCrawler: Decodable, Sendable, Equatable {
    package var name: String
    package var role: String?
    package var databaseName: String?
    package var description: String?
    package var targets: GlueCrawlerTargets?
    package var tablePrefix: String?
    /// `READY`, `RUNNING` or `STOPPING`.
    package var state: String?
    package var lastCrawl: GlueLastCrawl?
    package var version: Int?
    /// When the crawler runs by itself; nil for on demand.
    package var schedule: GlueSchedule?
    /// What a crawl does with tables whose files are gone (and with changed schemas).
    package var schemaChangePolicy: GlueSchemaChangePolicy?

    package init(
        name: String, role: String? = nil, databaseName: String? = nil, description: String? = nil,
        targets: GlueCrawlerTargets? = nil, tablePrefix: String? = nil, state: String? = nil,
        lastCrawl: GlueLastCrawl? = nil, version: Int? = nil, schedule: GlueSchedule? = nil
    ) {
        self.name = name
        self.role = role
        self.databaseName = databaseName
        self.description = description
        self.targets = targets
        self.tablePrefix = tablePrefix
        self.state = state
        self.lastCrawl = lastCrawl
        self.version = version
        self.schedule = schedule
    }

    /// The crawler is busy: a new StartCrawler would answer `CrawlerRunningException`.
    package var isBusy: Bool { state == "RUNNING" || state == "STOPPING" }

    enum CodingKeys: String, CodingKey {
        case name = "Name", role = "Role", databaseName = "DatabaseName", description = "Description"
        case targets = "Targets", tablePrefix = "TablePrefix", state = "State", lastCrawl = "LastCrawl"
        case version = "Version"
        case schedule = "Schedule"
        case schemaChangePolicy = "SchemaChangePolicy"
    }
}

/// A crawler's SchemaChangePolicy (API_SchemaChangePolicy).
package struct GlueSchemaChangePolicy: Codable, Sendable, Equatable {
    /// `UPDATE_IN_DATABASE` or `LOG`.
    package var updateBehavior: String?
    /// `LOG`, `DELETE_FROM_DATABASE` or `DEPRECATE_IN_DATABASE` (AWS's default when none is given).
    package var deleteBehavior: String?

    package init(updateBehavior: String? = nil, deleteBehavior: String? = nil) {
        self.updateBehavior = updateBehavior
        self.deleteBehavior = deleteBehavior
    }

    enum CodingKeys: String, CodingKey {
        case updateBehavior = "UpdateBehavior", deleteBehavior = "DeleteBehavior"
    }
}

/// The most recent crawl of a crawler (API_LastCrawlInfo).
package struct GlueLastCrawl: Decodable, Sendable, Equatable {
    /// `SUCCEEDED`, `CANCELLED` or `FAILED`; `RUNNING` while one runs.
    package var status: String?
    package var errorMessage: String?
    package var startTime: Date?
    package var logGroup: String?
    package var logStream: String?
    package var messagePrefix: String?

    package init(
        status: String?, errorMessage: String? = nil, startTime: Date? = nil, logGroup: String? = nil,
        logStream: String? = nil, messagePrefix: String? = nil
    ) {
        self.status = status
        self.errorMessage = errorMessage
        self.startTime = startTime
        self.logGroup = logGroup
        self.logStream = logStream
        self.messagePrefix = messagePrefix
    }

    enum CodingKeys: String, CodingKey {
        case status = "Status", errorMessage = "ErrorMessage", startTime = "StartTime", logGroup = "LogGroup"
        case logStream = "LogStream", messagePrefix = "MessagePrefix"
    }
}
