import ArgumentParser
import LakeOrchestration

/// Where `tag assign|unassign|show` act: a database, a table, or some of a table's columns.
struct TagTargetOptions: ParsableArguments {
    @Option(help: "A database.")
    var database: String?

    @Option(help: "A table, as DATABASE.TABLE.")
    var table: String?

    @Option(help: "With --table: these columns (comma-separated) instead of the table itself.")
    var columns: String?

    func validate() throws {
        if (database == nil) == (table == nil) { throw ValidationError("give exactly one of --database or --table") }
        if columns != nil, table == nil { throw ValidationError("--columns needs --table") }
    }

    func target() throws -> TagTarget {
        guard let table else { return .database(database ?? "") }
        guard case .table(let d, let t) = try GrantTarget.parseTable(table) else { return .database(database ?? "") }
        if let columns { return .columns(database: d, table: t, names: GrantOptions.list(columns)) }
        return .table(database: d, name: t)
    }
}
