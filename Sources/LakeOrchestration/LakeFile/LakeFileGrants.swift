import LakeConfig

/// The teams section as Lake Formation state: one data cells filter per team and table with a row filter or
/// column list (named `<team>__<database>__<table>`, LAKEFILE.md), and per principal its grants.
enum LakeFileGrants {
    struct Desired: Sendable, Equatable {
        var filters: [FilterSpec] = []
        var grants: [DesiredGrant] = []
    }

    static func filterName(team: String, database: String, table: String) -> String {
        "\(team)__\(database)__\(table)"
    }

    static func desired(_ lake: LakeFile, account: String) -> Desired {
        var out = Desired()
        for team in lake.teams {
            let principals = team.principals.map { lake.substitute($0, account: account) }
            for grant in team.grants {
                switch grant.target {
                case .database(let database):
                    for p in principals {
                        out.grants.append(
                            DesiredGrant(principal: p, database: database.name, permissions: grant.permissions))
                    }
                case .table(let table):
                    var filter: String?
                    if grant.needsDataCellsFilter {
                        let name = filterName(team: team.name, database: table.database, table: table.table)
                        let columns: ColumnSpec =
                            grant.columns.map(ColumnSpec.include) ?? grant.excludeColumns.map(ColumnSpec.exclude)
                            ?? .all
                        out.filters.append(
                            FilterSpec(
                                database: table.database, table: table.table, name: name, rowFilter: grant.rowFilter,
                                columns: columns))
                        filter = name
                    }
                    for p in principals {
                        out.grants.append(
                            DesiredGrant(
                                principal: p, database: table.database, table: table.table, filter: filter,
                                permissions: grant.permissions))
                    }
                case .tagExpression(let expression):
                    let tags = TagKeyValues.expression(expression.map { TagKeyValues(key: $0.key, values: $0.value) })
                    for p in principals {
                        out.grants.append(
                            DesiredGrant(principal: p, database: "", permissions: grant.permissions, tags: tags))
                    }
                case .workgroup:
                    continue  // an IAM policy, not a Lake Formation grant (LakeFileWorkgroupAccess)
                }
            }
        }
        return out
    }
}
