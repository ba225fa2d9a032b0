/// The entry point of `lakectl query --local`: parse the query, read the tables it names from the
/// files bound to them, run it. Tables the query does not name are not read.
package enum LocalSQL {
    /// One `--data` binding: a table name and the file or folder it reads, or the dataset a caller opened
    /// for it (S3 objects read in place; `path` then only names it in messages).
    package struct Binding: Sendable {
        package var name: String
        package var path: String
        package var dataset: ParquetDataset?
        package init(name: String, path: String, dataset: ParquetDataset? = nil) {
            self.name = name
            self.path = path
            self.dataset = dataset
        }
    }

    /// The tables `text` names, as written (`name` or `database.table`), each once in the order they
    /// appear; a syntax error is thrown as `run` throws it. What a caller looks up per table before `run`
    /// (the files to bind, the grants `--as` applies).
    package static func tableNames(_ text: String) throws -> [String] {
        var seen: Set<String> = []
        return try SQLParser.parse(text).tableNames.filter { seen.insert($0.lowercased()).inserted }
    }

    /// Runs `text` on the bound files. A table with an entry in `grants` (keyed by lower-case name) is read
    /// as `principal` sees it through those grants; naming one of its hidden columns is an error saying so.
    package static func run(
        _ text: String, data: [Binding], as principal: String = "", grants: [String: [GrantedCells]] = [:]
    ) throws -> SQLResult {
        let query = try SQLParser.parse(text)
        var tables: [String: SQLTable] = [:]
        var hidden: [(table: String, columns: Set<String>)] = []
        for name in query.tableNames {
            let lower = name.lowercased()
            if tables[lower] != nil { continue }
            guard let binding = data.last(where: { $0.name.lowercased() == lower }) else { continue }
            if let cells = grants[lower] {
                let seen = try LocalTableReader.principalTable(
                    binding, name: name, grants: cells, only: query.referencedColumns)
                tables[lower] = seen.table
                hidden.append((name, seen.hidden))
                continue
            }
            // The first table streams (read chunk by chunk, never held) unless it is joined with itself.
            let streams =
                lower == query.from.name.lowercased() && query.tableNames.filter { $0.lowercased() == lower }.count == 1
            tables[lower] =
                streams
                ? try LocalTableReader.streaming(
                    binding, only: query.referencedColumns, predicates: query.scanPredicates)
                : try LocalTableReader.load(binding, only: query.referencedColumns)
        }
        for column in (query.referencedColumns ?? []).sorted() {
            let lower = column.lowercased()
            if tables.values.contains(where: { $0.columns.contains { $0.name.lowercased() == lower } }) { continue }
            if let owner = hidden.first(where: { $0.columns.contains(lower) }) {
                throw SQLError(
                    position: 0,
                    reason: "column \(column) of \(owner.table) is hidden for \(principal): no grant of its shows it")
            }
        }
        return try SQLEngine.execute(query, tables: tables)
    }
}
