import LakeCodec

/// The table a filter is checked against: its columns with Glue types, and which of them are partition
/// keys (Lake Formation forbids `IS NULL` on those). Names match case-insensitively, as Glue stores
/// them lower-cased and Athena ignores case.
package struct FilterSchema: Sendable, Equatable {
    package var fields: [GlueField]
    package var partitionKeys: Set<String>

    package init(fields: [GlueField], partitionKeys: Set<String> = []) {
        self.fields = fields
        self.partitionKeys = Set(partitionKeys.map { $0.lowercased() })
    }

    /// The top-level field named `name` (any case), with its index.
    package func field(named name: String) -> (index: Int, field: GlueField)? {
        let lower = name.lowercased()
        guard let i = fields.firstIndex(where: { $0.name.lowercased() == lower }) else { return nil }
        return (i, fields[i])
    }

    package func isPartition(_ name: String) -> Bool { partitionKeys.contains(name.lowercased()) }
}
