import AWSServices

/// Turns ListPermissions' answer into lakectl's normal form (AWS-NOTES A4, the Terraform drift issues):
/// - one row per principal, resource and permission; a permission held only with the grant option is a row too;
/// - SELECT on a TableWithColumns with a bare column wildcard is SELECT on the table;
/// - an ALL grant's hidden column-wildcard SELECT, and the expanded permissions LF may list beside ALL, are
///   folded into the ALL row (they are implied by it);
/// - duplicates merged, the grant option kept when any copy has it; sorted.
/// Pure, so it is tested on recorded real-format replies.
package enum GrantNormalizer {
    package static func normalise(_ entries: [LFPrincipalPermissions]) -> [NormalGrant] {
        var merged: [NormalGrant: NormalGrant] = [:]
        var order: [NormalGrant] = []
        for entry in entries {
            let resource = resource(entry.resource)
            let all = Set(entry.permissions).union(entry.permissionsWithGrantOption)
            for permission in all.sorted() {
                let row = NormalGrant(
                    principal: entry.principal.identifier, resource: resource, permission: permission,
                    grantable: entry.permissionsWithGrantOption.contains(permission), source: entry.resource)
                var key = row
                key.grantable = false
                if var existing = merged[key] {
                    existing.grantable = existing.grantable || row.grantable
                    merged[key] = existing
                } else {
                    merged[key] = row
                    order.append(key)
                }
            }
        }
        let rows = order.compactMap { merged[$0] }
        return rows.filter { row in
            !rows.contains { other in other.permission == "ALL" && row.permission != "ALL" && other.covers(row) }
        }.sorted()
    }

    /// The normal form of one resource.
    package static func resource(_ resource: LFResource) -> GrantedResource {
        if let database = resource.database { return .database(database.name) }
        if let table = resource.table {
            return .table(database: table.databaseName, name: table.tableWildcard != nil ? "*" : table.name ?? "*")
        }
        if let columns = resource.tableWithColumns {
            if let names = columns.columnNames, !names.isEmpty {
                return .columns(database: columns.databaseName, table: columns.name, .include(names))
            }
            let excluded = columns.columnWildcard?.excludedColumnNames ?? []
            if excluded.isEmpty { return .table(database: columns.databaseName, name: columns.name) }
            return .columns(database: columns.databaseName, table: columns.name, .exclude(excluded))
        }
        if let filter = resource.dataCellsFilter {
            return .filter(database: filter.databaseName, table: filter.tableName, name: filter.name)
        }
        if let location = resource.dataLocation { return .dataLocation(location.resourceArn) }
        if let policy = resource.lfTagPolicy {
            let conditions = policy.expression.map { TagKeyValues(key: $0.tagKey, values: $0.tagValues) }
            return .tagPolicy(
                resourceType: policy.resourceType,
                expression: TagKeyValues.expression(conditions).map(\.description).joined(separator: ";"))
        }
        if let tag = resource.lfTag { return .other("LF-tag \(tag.tagKey)") }
        if resource.catalog != nil { return .catalog }
        return .other("unmodelled resource")
    }
}
