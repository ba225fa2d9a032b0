import LakeOrchestration

/// Crawl results as records and text: values in, text out.
enum CrawlRendering {
    static func record(_ result: CrawlRunResult) -> [(String, OutputValue)] {
        var fields: [(String, OutputValue)] = [
            ("crawler", .string(result.crawler)), ("database", .string(result.database)),
            ("started", .bool(result.started)), ("status", result.crawlStatus.map { .string($0) } ?? .null),
        ]
        if let ensured = result.ensured { fields.append(("crawlerChange", .string(ensured.word))) }
        if let role = result.roleArn { fields.append(("role", .string(role))) }
        if let changes = result.changes {
            fields.append(("tablesCreated", .array(changes.created.map { .string($0) })))
            fields.append(("tablesUpdated", .array(changes.updated.map { .string($0) })))
            fields.append(("tablesDeleted", .array(changes.deleted.map { .string($0) })))
            fields.append(("partitionsAdded", .int(Int64(changes.partitionsAdded))))
            fields.append(("updates", .array(updateLines(changes.updated, result.updates).map { .string($0) })))
        }
        return fields
    }

    /// For people: one line per kind of change; JSON/CSV get the record.
    static func text(_ result: CrawlRunResult, as format: OutputFormat) -> String {
        guard format == .table else { return RecordRenderer.render(record: record(result), as: format) }
        guard let status = result.crawlStatus else {
            return "crawler \(result.crawler) started; follow it with: lakectl crawl status \(result.crawler)"
        }
        guard let changes = result.changes, !changes.isEmpty else {
            return "crawler \(result.crawler) \(status): no change in database \(result.database)"
        }
        func list(_ names: [String]) -> String { names.isEmpty ? "none" : names.joined(separator: ", ") }
        let details = updateLines(changes.updated, result.updates).map { "\n    " + $0 }.joined()
        return """
            crawler \(result.crawler) \(status) in database \(result.database)
              tables created:   \(list(changes.created))
              tables updated:   \(list(changes.updated))\(details)
              tables deleted:   \(list(changes.deleted))
              partitions added: \(changes.partitionsAdded)
            """
    }

    static func record(_ status: CrawlerStatus) -> [(String, OutputValue)] {
        func count(_ n: Int?) -> OutputValue { n.map { .int(Int64($0)) } ?? .null }
        return [
            ("name", .string(status.name)), ("state", .string(status.state)), ("database", .string(status.database)),
            ("paths", .string(status.paths.joined(separator: " "))),
            ("lastCrawl", status.lastStatus.map { .string($0) } ?? .null),
            ("tablesCreated", count(status.tablesCreated)), ("tablesUpdated", count(status.tablesUpdated)),
            ("tablesDeleted", count(status.tablesDeleted)), ("error", status.lastError.map { .string($0) } ?? .null),
        ]
    }

    static func text(_ diff: CrawlDiff, as format: OutputFormat) -> String {
        let changes = diff.changes
        guard format == .table else {
            return RecordRenderer.render(
                record: [
                    ("crawler", .string(diff.crawler)), ("database", .string(diff.database)),
                    ("tablesCreated", .array(changes.created.map { .string($0) })),
                    ("tablesUpdated", .array(changes.updated.map { .string($0) })),
                    ("tablesDeleted", .array(changes.deleted.map { .string($0) })),
                    ("partitionsAdded", .int(Int64(changes.partitionsAdded))),
                    ("updates", .array(updateLines(changes.updated, diff.updates).map { .string($0) })),
                    ("tablesGone", .array(diff.gone.map { .string($0) })),
                    ("deleteBehavior", .string(diff.deleteBehavior)),
                ], as: format)
        }
        func list(_ names: [String]) -> String { names.isEmpty ? "none" : names.joined(separator: ", ") }
        // Tables whose files are gone, when the crawler keeps them (it deletes them only under
        // DELETE_FROM_DATABASE, and then they are listed as tables to delete).
        let kept = changes.deleted.isEmpty ? diff.gone : []
        let goneLine =
            kept.isEmpty
            ? ""
            : "\n  tables whose files are gone: \(list(kept)) (kept: DeleteBehavior \(diff.deleteBehavior) "
                + (diff.deleteBehavior == "LOG" ? "only logs them)" : "marks them deprecated)")
        guard !changes.isEmpty else {
            return "crawler \(diff.crawler) would change nothing in database \(diff.database)" + goneLine
        }
        let details = updateLines(changes.updated, diff.updates).map { "\n    " + $0 }.joined()
        let deleted = changes.deleted.isEmpty ? "" : "\n  tables to delete: \(list(changes.deleted))"
        return """
            crawler \(diff.crawler) would change database \(diff.database)
              tables to create: \(list(changes.created))
              tables to update: \(list(changes.updated))\(details)\(deleted)
              partitions to add: \(changes.partitionsAdded)
            """ + goneLine
    }

    /// "TABLE: what changed" for each updated table, in the order the tables are listed.
    static func updateLines(_ tables: [String], _ updates: [String: [String]]) -> [String] {
        tables.flatMap { table in (updates[table] ?? []).map { "\(table): \($0)" } }
    }
}
