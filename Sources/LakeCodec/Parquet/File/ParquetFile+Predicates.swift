extension ParquetFile {
    /// Whether row group `index` may contain rows matching all `predicates`, judged from column chunk
    /// statistics alone (min/max and null counts). Unknown columns throw; missing statistics keep the group.
    package func rowGroupMayMatch(_ index: Int, _ predicates: [RowGroupPredicate]) throws -> Bool {
        let group = metadata.rowGroups[index]
        for p in predicates {
            guard let leaf = schema.columns.firstIndex(where: { $0.dottedPath == p.column }) else {
                throw CodecError.unsupported(what: "no leaf column named '\(p.column)' in \(path)")
            }
            let column = schema.columns[leaf]
            guard let meta = group.columns[leaf].metaData, let stats = meta.statistics else { continue }
            let allNull = stats.nullCount.map { $0 == meta.numValues && meta.numValues > 0 } ?? false
            if !p.mayMatch(min: stats.minimum(for: column), max: stats.maximum(for: column), allNull: allNull) {
                return false
            }
        }
        return true
    }

    /// Row groups that may hold matching rows, in file order.
    package func rowGroups(matching predicates: [RowGroupPredicate]) throws -> [Int] {
        try (0..<rowGroupCount).filter { try rowGroupMayMatch($0, predicates) }
    }
}
