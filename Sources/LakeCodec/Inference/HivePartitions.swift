/// Partition keys from folder names. Hive-style `key=value` folders name their key (Glue's grouping docs:
/// `year=2017` gives `partitionKey year:string`); other folders get the crawler's generic names
/// `partition_0`, `partition_1`, … by level (AWS-NOTES B2 marks those names as observed, not documented).
/// Every partition key is a string, as the crawler types them.
package enum HivePartitions {
    /// The key a folder name states (`year=2024` → `year`, lower-cased), or nil when it is not `key=value`.
    package static func key(of folder: String) -> String? {
        guard let eq = folder.firstIndex(of: "="), eq != folder.startIndex else { return nil }
        return String(folder[..<eq]).lowercased()
    }

    /// The partition value a folder stands for: the part after `=`, or the whole name.
    package static func value(of folder: String) -> String {
        guard key(of: folder) != nil, let eq = folder.firstIndex(of: "=") else { return folder }
        return String(folder[folder.index(after: eq)...])
    }

    /// One key per level of `paths` (all the same depth): the shared `key=` name, else `partition_N`.
    package static func keys(_ paths: [[String]]) -> [GlueField] {
        let depth = paths.first?.count ?? 0
        var used: Set<String> = []
        return (0..<depth).map { level in
            let names = Set(paths.compactMap { level < $0.count ? key(of: $0[level]) : nil })
            let allKeyed = paths.allSatisfy { level < $0.count && key(of: $0[level]) != nil }
            var name =
                allKeyed && names.count == 1
                ? GlueTableDefinition.sanitizedName(names.first ?? "") : "partition_\(level)"
            if used.contains(name) { name = "partition_\(level)" }
            used.insert(name)
            return GlueField(name: name, type: .string)
        }
    }
}
