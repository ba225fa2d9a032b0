/// What `crawl diff` says about a table it would update: which columns, partition keys or location the
/// crawl would change, so an operator sees a type widening or a moved location before it happens.
extension CatalogSnapshot.Table {
    /// One line per difference from `self` (the catalog) to `new` (what the files say), in column order.
    package func differences(to new: CatalogSnapshot.Table) -> [String] {
        func split(_ column: String) -> (name: String, type: String) {
            guard let colon = column.firstIndex(of: ":") else { return (column, "") }
            return (String(column[..<colon]), String(column[column.index(after: colon)...]))
        }
        let old = columns.map(split)
        let now = new.columns.map(split)
        var lines: [String] = []
        for column in now {
            if let before = old.first(where: { $0.name.lowercased() == column.name.lowercased() }) {
                if before.type != column.type { lines.append("column \(column.name): \(before.type) → \(column.type)") }
            } else {
                lines.append("column \(column.name) added (\(column.type))")
            }
        }
        for column in old where !now.contains(where: { $0.name.lowercased() == column.name.lowercased() }) {
            lines.append("column \(column.name) no longer in the files")
        }
        if partitionKeys != new.partitionKeys {
            let show = { (keys: [String]) in keys.isEmpty ? "none" : keys.joined(separator: ", ") }
            lines.append("partition keys: \(show(partitionKeys)) → \(show(new.partitionKeys))")
        }
        if location != new.location {
            lines.append("location: \(location ?? "none") → \(new.location ?? "none")")
        }
        return lines
    }
}
