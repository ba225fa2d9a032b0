import AWSCore
import AWSServices
import LakeCodec
import LakeFilter

extension LakeGovernance {
    /// Checks a filter's row expression and columns against the table's Glue columns, before any Lake Formation
    /// call: the row filter is parsed and bound by LakeFilter (unknown column, type mismatch, IS NULL on a
    /// partition column are errors here rather than a filter that silently matches nothing).
    package func checkFilter(database: String, table: String, rowFilter: String?, columns: ColumnSpec) async throws {
        let described: GlueTable
        do {
            described = try await glue.getTable(database: database, name: table)
        } catch let error as AWSError where error.hasCode(GlueClient.ErrorCode.entityNotFound) {
            throw GovernanceError.tableNotFound("\(database).\(table)")
        }
        let schema = Self.schema(of: described)
        try Self.check(rowFilter: rowFilter, columns: columns, against: schema, table: "\(database).\(table)")
    }

    /// The filter schema of a Glue table: its columns then its partition keys. A column whose Glue type does not
    /// parse is left out, so a filter naming it is refused as naming an unknown column.
    package static func schema(of table: GlueTable) -> FilterSchema {
        let columns = (table.storageDescriptor?.columns ?? []) + (table.partitionKeys ?? [])
        let fields = columns.compactMap { column in
            GlueType(parsing: column.type ?? "").map { GlueField(name: column.name.lowercased(), type: $0) }
        }
        return FilterSchema(
            fields: fields, partitionKeys: Set((table.partitionKeys ?? []).map { $0.name.lowercased() }))
    }

    /// Pure: the row filter parses and binds against `schema`, and every named column exists.
    package static func check(rowFilter: String?, columns: ColumnSpec, against schema: FilterSchema, table: String)
        throws
    {
        if let rowFilter {
            do {
                _ = try FilterBinder(schema: schema).bind(try FilterExpression.parse(rowFilter))
            } catch {
                throw GovernanceError.rowFilter(table: table, reason: error.description)
            }
        }
        let named: [String]
        switch columns {
        case .all: named = []
        case .include(let names), .exclude(let names): named = names
        }
        let unknown = named.filter { schema.field(named: $0) == nil }
        if !unknown.isEmpty { throw GovernanceError.unknownColumns(table: table, columns: unknown) }
    }
}
