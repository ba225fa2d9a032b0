/// The entry point of `lakectl query --local`: parse the query, read the tables it names from the
/// files bound to them, run it. Tables the query does not name are not read.
package enum LocalSQL {
    /// One `--data` binding: a table name and the file or folder it reads.
    package struct Binding: Sendable, Equatable {
        package var name: String
        package var path: String
        package init(name: String, path: String) {
            self.name = name
            self.path = path
        }
    }

    package static func run(_ text: String, data: [Binding]) throws -> SQLResult {
        let query = try SQLParser.parse(text)
        var tables: [String: SQLTable] = [:]
        for name in query.tableNames {
            let lower = name.lowercased()
            if tables[lower] != nil { continue }
            guard let binding = data.last(where: { $0.name.lowercased() == lower }) else { continue }
            // The first table streams (read chunk by chunk, never held) unless it is joined with itself.
            let streams =
                lower == query.from.name.lowercased() && query.tableNames.filter { $0.lowercased() == lower }.count == 1
            tables[lower] =
                streams
                ? try LocalTableReader.streaming(
                    binding.path, only: query.referencedColumns, predicates: query.scanPredicates)
                : try LocalTableReader.load(binding.path, only: query.referencedColumns)
        }
        return try SQLEngine.execute(query, tables: tables)
    }
}
