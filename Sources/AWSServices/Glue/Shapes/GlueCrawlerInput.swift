/// What CreateCrawler and UpdateCrawler send (API_CreateCrawler, API_UpdateCrawler): the fields lakectl
/// manages. UpdateCrawler leaves a field that is not sent as it was, so nil means "unchanged" there.
package struct GlueCrawlerInput: Encodable, Sendable, Equatable {
    package var name: String
    package var role: String
    package var databaseName: String
    package var targets: GlueCrawlerTargets
    package var tablePrefix: String?
    package var description: String?
    /// CreateCrawler only; UpdateCrawler ignores tags.
    package var tags: [String: String]?
    /// A `cron(…)` expression; on UpdateCrawler "" takes the schedule away (nil leaves it as it is).
    package var schedule: String?
    /// Nil leaves AWS's default (update in the database, deprecate tables whose files are gone).
    package var schemaChangePolicy: GlueSchemaChangePolicy?

    package init(
        name: String, role: String, databaseName: String, targets: GlueCrawlerTargets, tablePrefix: String? = nil,
        description: String? = nil, tags: [String: String]? = nil, schedule: String? = nil,
        schemaChangePolicy: GlueSchemaChangePolicy? = nil
    ) {
        self.name = name
        self.role = role
        self.databaseName = databaseName
        self.targets = targets
        self.tablePrefix = tablePrefix
        self.description = description
        self.tags = tags
        self.schedule = schedule
        self.schemaChangePolicy = schemaChangePolicy
    }

    enum CodingKeys: String, CodingKey {
        case name = "Name", role = "Role", databaseName = "DatabaseName", targets = "Targets"
        case tablePrefix = "TablePrefix", description = "Description", tags = "Tags"
        case schedule = "Schedule"
        case schemaChangePolicy = "SchemaChangePolicy"
    }
}
