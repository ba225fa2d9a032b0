/// `lakectl profile` over several files, or over a file read one row group at a time (an `s3://` object
/// whose chunks are fetched per row group so memory stays bounded by one row group): one profiler per
/// leaf column, fed row group by row group, finished once at the end.
package struct ProfileAccumulator: Sendable {
    private let names: [String]
    private var profilers: [ColumnProfiler]
    /// Hive partition columns (`key=value` folders): every row of a file has its folder's value.
    private var partitions: [PartitionProfile]

    /// Profilers for the leaves under `fields` of `file` (the first file; later files must have the same
    /// leaf columns, which `add` checks by path).
    package init(file: ParquetFile, fields: [SchemaNode], partitionKeys: [String] = []) {
        partitions = partitionKeys.map { PartitionProfile(name: $0) }
        let leaves = fields.flatMap(\.leafIndices)
        names = leaves.map { file.schema.columns[$0].dottedPath }
        profilers = leaves.map { leaf in
            ColumnProfiler(
                descriptor: file.schema.columns[leaf], arrowType: file.leafNode(leaf)?.arrowType ?? "?",
                elementLevel: file.elementLevel(leaf))
        }
    }

    /// Decodes row group `rowGroup` of `file` for the same leaf columns (found by dotted path, up to
    /// `threads` columns at once) and adds their values; `partitionValues` are the file's values of the
    /// partition keys, in their order.
    package mutating func add(
        _ file: ParquetFile, rowGroup: Int, partitionValues: [String] = [], verifyChecksums: Bool = false,
        threads: Int = 1
    ) throws {
        let rows = Int(file.metadata.rowGroups[rowGroup].numRows)
        for (k, value) in zip(partitions.indices, partitionValues) { partitions[k].add(value, rows: rows) }
        let leaves = try names.map { name in
            guard let leaf = file.schema.columns.firstIndex(where: { $0.dottedPath == name }) else {
                throw CodecError.unsupported(what: "column '\(name)' is missing from \(file.path)")
            }
            return leaf
        }
        let current = profilers
        profilers = try Parallel.map(leaves.count, threads: threads) { k in
            var profiler = current[k]
            try file.profileChunk(rowGroup, leaf: leaves[k], verifyChecksums: verifyChecksums, into: &profiler)
            return profiler
        }
    }

    /// The profiles, in the order of the first file's leaves.
    package func finish() -> [ColumnProfile] { profilers.map { $0.finish() } + partitions.map(\.profile) }
}

/// A partition column's profile: string values, each repeated over a file's rows; exact distinct count
/// (there are as many values as folders, never many).
private struct PartitionProfile: Sendable {
    let name: String
    var count = 0
    var values: Set<String> = []

    mutating func add(_ value: String, rows: Int) {
        guard rows > 0 else { return }
        count += rows
        values.insert(value)
    }

    var profile: ColumnProfile {
        ColumnProfile(
            path: name, type: "string", count: count, nulls: 0, min: values.min().map(Value.string),
            max: values.max().map(Value.string), mean: nil, distinct: values.count, nans: nil)
    }
}
