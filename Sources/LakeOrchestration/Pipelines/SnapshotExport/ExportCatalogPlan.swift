/// The Glue database and tables an export's `--catalog` would write, read and compared with the live
/// catalog; applied in order (database first).
struct ExportCatalogPlan: Sendable {
    struct Entry: Sendable {
        var location: String
        var columns: Int
        var step: PlannedStep<GlueTableResource>
    }

    let database: PlannedStep<GlueDatabaseResource>
    let tables: [Entry]

    var changes: [PlannedChange] { [database.change] + tables.map(\.step.change) }

    func apply(events: PipelineEventSink) async throws -> [CatalogedTable] {
        let name = database.desired.name
        events(.step(name: "glue database", detail: name, change: try await database.apply()))
        var done: [CatalogedTable] = []
        for entry in tables {
            let change = try await entry.step.apply()
            let table = entry.step.desired.input.name
            events(.step(name: "glue table", detail: "\(name).\(table)", change: change))
            done.append(
                CatalogedTable(
                    database: name, table: table, location: entry.location, columns: entry.columns, change: change))
        }
        return done
    }
}
