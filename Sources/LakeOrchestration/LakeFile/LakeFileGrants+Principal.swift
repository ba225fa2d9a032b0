import LakeConfig
import LakeFilter

/// `--as P --config FILE`: the cells the lake file's teams declare for P, instead of what Lake Formation holds
/// now — a dry run of the teams' grants before `apply`, with no Lake Formation call. P is a team name, or a
/// principal declared in a team.
extension LakeFileGrants {
    /// The teams P is: by name, or by one of their declared principals (`${region}` is the file's region;
    /// `${account}` the file's `account` when it declares one, else any account).
    static func teams(of principal: String, in lake: LakeFile) -> [TeamDeclaration] {
        lake.teams.filter { team in
            team.name == principal
                || team.principals.contains { declared in
                    let known = declared.replacingOccurrences(of: "${region}", with: lake.region)
                    return matches(
                        declared: lake.account.map { lake.substitute(known, account: $0) } ?? known, principal)
                }
        }
    }

    static func matches(declared: String, _ principal: String) -> Bool {
        let parts = declared.components(separatedBy: "${account}")
        if parts.count == 1 { return declared == principal }
        guard principal.hasPrefix(parts[0]), principal.hasSuffix(parts[parts.count - 1]) else { return false }
        var rest = Substring(principal.dropFirst(parts[0].count))
        for (i, part) in parts.enumerated().dropFirst() {
            let account = rest.prefix { $0.isNumber }
            guard account.count == 12 else { return false }
            rest = rest.dropFirst(12)
            guard rest.hasPrefix(part) else { return false }
            rest = rest.dropFirst(part.count)
            if i == parts.count - 1 { return rest.isEmpty }
        }
        return rest.isEmpty
    }

    /// The SELECT (or ALL) grants P's teams declare on `table` (`D.T`), each a data cells filter's rows and
    /// columns or the whole table; and the tag-expression grants the table meets by the file's
    /// `lake_formation.tag_assignments` (all rows, the columns whose effective tags meet the expression).
    static func cells(principal: String, table: String, in lake: LakeFile) throws -> [GrantedCells] {
        var cells: [GrantedCells] = []
        for team in teams(of: principal, in: lake) {
            for grant in team.grants where !Set(grant.permissions).isDisjoint(with: ["SELECT", "ALL"]) {
                if case .tagExpression(let expression) = grant.target,
                    let columns = try tagCells(expression, table: table, in: lake, at: "\(grant.location)")
                {
                    let text = expression.sorted { $0.key < $1.key }.map {
                        "\($0.key)=\($0.value.joined(separator: ","))"
                    }
                    cells.append(
                        GrantedCells(
                            rowFilter: nil, columns: columns,
                            source: "team \(team.name)'s grant on tables tagged \(text.joined(separator: ";"))"))
                    continue
                }
                guard case .table(let reference) = grant.target, reference.qualifiedName == table else { continue }
                let columns: ColumnSelection
                do {
                    columns =
                        grant.columns == nil && grant.excludeColumns == nil
                        ? .all : try ColumnSelection.make(include: grant.columns, exclude: grant.excludeColumns)
                } catch {
                    throw GovernanceError.invalidRequest("\(grant.location): \(error.reason)")
                }
                cells.append(
                    GrantedCells(
                        rowFilter: grant.rowFilter, columns: columns,
                        source: "team \(team.name)'s grant on \(table) at \(grant.location)"))
            }
        }
        return cells
    }

    /// The columns of `table` a tag-expression grant shows, by the file's tag assignments: each column's own
    /// value for a key, else the table's (Lake Formation's inheritance). With the table meeting the expression,
    /// every column but those whose own tags break it; else only the columns whose tags meet it; nil for none.
    static func tagCells(_ expression: [String: [String]], table: String, in lake: LakeFile, at location: String)
        throws -> ColumnSelection?
    {
        let assignments = lake.lakeFormation.tagAssignments.filter { $0.table.qualifiedName == table }
        let first = { (tags: [String: [String]]) in tags.compactMapValues(\.first) }
        var onTable: [String: String] = [:]
        var onColumns: [String: [String: String]] = [:]
        var order: [String] = []
        for a in assignments {
            guard let columns = a.columns else {
                onTable.merge(first(a.tags)) { _, new in new }
                continue
            }
            for column in columns {
                if onColumns[column] == nil { order.append(column) }
                onColumns[column, default: [:]].merge(first(a.tags)) { _, new in new }
            }
        }
        let meets = { (tags: [String: String]) in
            expression.allSatisfy { key, values in tags[key].map(values.contains) ?? false }
        }
        let effective = { (column: String) in (onColumns[column] ?? [:]).merging(onTable) { own, _ in own } }
        do {
            if meets(onTable) {
                let hidden = order.filter { !meets(effective($0)) }
                return hidden.isEmpty ? .all : try ColumnSelection.make(include: nil, exclude: hidden)
            }
            let visible = order.filter { meets(effective($0)) }
            return visible.isEmpty ? nil : try ColumnSelection.make(include: visible, exclude: nil)
        } catch {
            throw GovernanceError.invalidRequest("\(location): \(error.reason)")
        }
    }
}
