import AWSServices

/// One table of a finished export, found by listing what RDS wrote. AWS warns the file naming may
/// change (AWS-NOTES B3), so everything under the table's prefix ending in `.parquet` counts, whatever
/// the partition folders are called.
package struct ExportedTable: Sendable, Equatable {
    /// RDS's name for it: `database.table` (MySQL) or `database.schema.table` (PostgreSQL).
    package var target: String
    package var database: String
    /// `<prefix>/<task>/<database>/<target>/`, the table's location for Glue.
    package var keyPrefix: String
    package var files: [S3Object]

    package var bytes: Int64 { files.reduce(0) { $0 &+ $1.size } }

    /// The Glue table name: the target without its database, dots as underscores, lower case
    /// (`shop.orders` → `orders`, `app.public.users` → `public_users`).
    package var glueTableName: String { Self.glueTableName(target: target) }

    package static func glueTableName(target: String) -> String {
        let rest = target.split(separator: ".").dropFirst()
        let name = rest.isEmpty ? target : rest.joined(separator: "_")
        return name.lowercased()
    }

    /// Groups listed objects under an export's root (`<prefix>/<task>/`) by table, in name order.
    /// Metadata files (`export_info_*.json`), `_SUCCESS` markers and anything not under
    /// `<database>/<target>/` are left out.
    package static func group(_ objects: [S3Object], root: String) -> [ExportedTable] {
        let base = root.hasSuffix("/") || root.isEmpty ? root : root + "/"
        var tables: [String: ExportedTable] = [:]
        for object in objects where object.key.hasPrefix(base) && object.key.hasSuffix(".parquet") {
            let relative = object.key.dropFirst(base.count).split(separator: "/", omittingEmptySubsequences: false)
            guard relative.count >= 3 else { continue }
            let database = String(relative[0])
            let target = String(relative[1])
            let prefix = "\(base)\(database)/\(target)/"
            tables[target, default: ExportedTable(target: target, database: database, keyPrefix: prefix, files: [])]
                .files.append(object)
        }
        return tables.values.sorted { $0.target < $1.target }
    }
}
