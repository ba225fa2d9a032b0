import LakeConfig
import LakeFilter

/// `--as P --config FILE`: the cells the lake file's teams declare for P, instead of what Lake Formation holds
/// now — a dry run of the teams' grants before `apply`, with no AWS call. P is a team name, or a principal
/// declared in a team (`${account}` in the declaration matches any account).
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
    /// columns or the whole table. Tag-expression grants are not resolved here (they need the tables' tags).
    static func cells(principal: String, table: String, in lake: LakeFile) throws -> [GrantedCells] {
        var cells: [GrantedCells] = []
        for team in teams(of: principal, in: lake) {
            for grant in team.grants where !Set(grant.permissions).isDisjoint(with: ["SELECT", "ALL"]) {
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
}
