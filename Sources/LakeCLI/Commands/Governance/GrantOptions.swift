import ArgumentParser
import LakeOrchestration

/// The shape `grant` and `revoke` share: who, on which database or table, which columns and rows, which
/// permissions.
struct GrantOptions: ParsableArguments {
    @Option(help: "The principal: an IAM role or user ARN, or IAM_ALLOWED_PRINCIPALS.")
    var principal: String

    @Option(help: "A database (grant on the database itself).")
    var database: String?

    @Option(help: "A table, as DATABASE.TABLE.")
    var table: String?

    @Option(
        name: .customLong("tag"),
        help: ArgumentHelp(
            "An LF-tag condition (repeatable): every database or table whose tags match all of them.",
            valueName: "key=v1,v2"))
    var tags: [String] = []

    @Option(
        help: ArgumentHelp(
            "With --tag: whether the expression selects tables or databases.", valueName: "TABLE|DATABASE"))
    var tagResourceType = "TABLE"

    @Option(help: "Only these columns (comma-separated); makes a data cells filter.")
    var columns: String?

    @Option(help: "All columns but these (comma-separated); makes a data cells filter.")
    var excludeColumns: String?

    @Option(help: "A Lake Formation row filter, e.g. \"country = 'KR' AND amount > 10\"; makes a data cells filter.")
    var rowFilter: String?

    @Option(help: "The data cells filter's name (default: derived from principal and table).")
    var filterName: String?

    @Option(help: "Comma-separated permissions: SELECT, DESCRIBE, ALTER, INSERT, DELETE, DROP, CREATE_TABLE, ALL.")
    var permissions: String

    @Flag(help: "With the grant option (the principal may grant it on).")
    var grantable = false

    func validate() throws {
        if [database != nil, table != nil, !tags.isEmpty].filter({ $0 }).count != 1 {
            throw ValidationError("give exactly one of --database, --table or --tag")
        }
        if !["TABLE", "DATABASE"].contains(tagResourceType.uppercased()) {
            throw ValidationError("--tag-resource-type is TABLE or DATABASE, not \(tagResourceType)")
        }
        if columns != nil, excludeColumns != nil {
            throw ValidationError("--columns and --exclude-columns cannot be combined; give one of them")
        }
    }

    func request() throws -> GrantRequest {
        var target = try table.map { try GrantTarget.parseTable($0) } ?? .database(database ?? "")
        if !tags.isEmpty {
            target = .tags(
                try tags.map { try TagKeyValues.parse($0) }, databases: tagResourceType.uppercased() == "DATABASE")
        }
        var spec = ColumnSpec.all
        if let columns { spec = .include(Self.list(columns)) }
        if let excludeColumns { spec = .exclude(Self.list(excludeColumns)) }
        return GrantRequest(
            principal: principal, target: target, columns: spec, rowFilter: rowFilter,
            permissions: Self.list(permissions), grantable: grantable, filterName: filterName)
    }

    static func list(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
