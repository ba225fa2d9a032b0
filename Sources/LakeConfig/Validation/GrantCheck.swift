import LakeCodec
import LakeFilter

/// Row filters parsed with LakeFilter (and bound to the table's columns when its schema is known), column
/// names checked, and one data cells filter per team and table (the filter is named `<team>__<db>__<table>`).
struct GrantCheck {
    let file: LakeFile
    /// Known table schemas by `database.table` (from `--data` files or, at plan time, the catalog).
    let schemas: [String: FilterSchema]
    var errors: [LakeFileProblem] = []

    mutating func run() -> [LakeFileProblem] {
        for team in file.teams {
            var filtered: [String: GrantDeclaration] = [:]
            for grant in team.grants {
                guard case .table(let table) = grant.target else { continue }
                check(grant, table)
                guard grant.needsDataCellsFilter else { continue }
                if let first = filtered[table.qualifiedName] {
                    fail(
                        grant, grant.path,
                        "a second column or row restriction on \(table.qualifiedName) for team \(team.name) (first at line \(first.location.line))",
                        expected: "one grant with columns/row_filter per team and table")
                }
                filtered[table.qualifiedName] = grant
            }
        }
        for a in file.lakeFormation.tagAssignments {
            if let columns = a.columns, let schema = schemas[a.table.qualifiedName] {
                for c in columns where schema.field(named: c) == nil {
                    errors.append(
                        LakeFileProblem(
                            location: a.location, path: "\(a.table.path.dropLast(".table".count)).columns",
                            problem: "column \"\(c)\" is not in \(a.table.qualifiedName)",
                            expected: "one of \(schema.fields.map(\.name).joined(separator: ", "))"))
                }
            }
        }
        return errors
    }

    private mutating func fail(
        _ grant: GrantDeclaration, _ path: String, _ problem: String, expected: String,
        at location: SourceLocation? = nil
    ) {
        errors.append(
            LakeFileProblem(location: location ?? grant.location, path: path, problem: problem, expected: expected))
    }

    private mutating func check(_ grant: GrantDeclaration, _ table: TableReference) {
        let schema = schemas[table.qualifiedName]
        var expression: FilterExpression?
        if let text = grant.rowFilter {
            do {
                expression = try FilterExpression.parse(text)
            } catch {
                fail(
                    grant, "\(grant.path).row_filter", "\(error)",
                    expected: "a Lake Formation row filter such as country = 'KR'",
                    at: grant.rowFilterLocation)
            }
        }
        // Both lists at once is reported by the reader; checking the names too would say it twice.
        if grant.columns == nil || grant.excludeColumns == nil {
            checkColumns(grant, table, schema)
        }
        if let expression, let schema {
            do {
                _ = try FilterBinder(schema: schema).bind(expression)
            } catch {
                fail(
                    grant, "\(grant.path).row_filter", "\(error)",
                    expected: "a row filter over the columns of \(table.qualifiedName)",
                    at: grant.rowFilterLocation)
            }
        }
    }

    private mutating func checkColumns(_ grant: GrantDeclaration, _ table: TableReference, _ schema: FilterSchema?) {
        do {
            let selection = try ColumnSelection.make(include: grant.columns, exclude: grant.excludeColumns)
            if let schema { _ = try selection.visibleColumns(of: schema) }
        } catch {
            let key = grant.columns != nil ? "columns" : "exclude_columns"
            let expected = schema.map {
                "columns of \(table.qualifiedName): \($0.fields.map(\.name).joined(separator: ", "))"
            }
            fail(grant, "\(grant.path).\(key)", "\(error.reason)", expected: expected ?? "column names")
        }
    }
}
