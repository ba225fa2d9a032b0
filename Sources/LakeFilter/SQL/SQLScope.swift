/// The columns visible to an expression: those of the tables in FROM and JOIN, in order, each with the
/// name (alias) of the table it came from. A row is the concatenation of the tables' rows.
struct SQLScope: Sendable {
    struct Column: Sendable {
        var table: String
        var name: String
        var type: SQLType
    }

    var columns: [Column]

    /// The slot of the column `path` names (`name` or `table.name`, any case); an error naming it otherwise.
    func resolve(_ path: [String], position: Int) throws -> Int {
        guard path.count <= 2 else {
            throw SQLError(
                position: position,
                reason: "'\(path.joined(separator: "."))': struct fields are not addressable in local SQL")
        }
        let name = (path.last ?? "").lowercased()
        let table = path.count == 2 ? path[0].lowercased() : nil
        let matches = columns.indices.filter {
            columns[$0].name.lowercased() == name && (table == nil || columns[$0].table.lowercased() == table)
        }
        if matches.count == 1 { return matches[0] }
        let written = path.joined(separator: ".")
        if matches.count > 1 {
            let tables = matches.map { columns[$0].table }.joined(separator: ", ")
            throw SQLError(
                position: position,
                reason: "column '\(written)' is ambiguous (in \(tables)); qualify it as table.\(name)")
        }
        if let table, !columns.contains(where: { $0.table.lowercased() == table }) {
            throw SQLError(position: position, reason: "no table '\(path[0])' in FROM or JOIN")
        }
        let known = columns.map { "\($0.table).\($0.name)" }.joined(separator: ", ")
        throw SQLError(position: position, reason: "no column '\(written)' (columns: \(known))")
    }
}
