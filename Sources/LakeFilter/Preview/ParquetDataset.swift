import LakeCodec

/// A Parquet file, or a folder of them, read as one table the way Athena reads a Glue table: the files'
/// columns, then one string column per Hive `key=value` folder level (only when every file sits at the
/// same depth under `key=value` folders with the same keys; otherwise folders are just folders).
package struct ParquetDataset: Sendable {
    /// One file and the partition values its folders state, in `partitionKeys` order.
    package struct Part: Sendable, Equatable {
        package var path: String
        package var partitionValues: [String]

        package init(path: String, partitionValues: [String]) {
            self.path = path
            self.partitionValues = partitionValues
        }
    }

    package var parts: [Part]
    package var fileFields: [GlueField]
    package var partitionKeys: [GlueField]
    /// Opens the parts: local files in place unless the dataset was made over remote objects.
    package var reader: any DatasetPartReader

    /// The table a filter binds against: file columns, then partition columns (marked as partitions).
    package var schema: FilterSchema {
        FilterSchema(fields: fileFields + partitionKeys, partitionKeys: Set(partitionKeys.map(\.name)))
    }

    /// Finds the files under `path` (names ending `.parquet`, skipping `_`/`.`-prefixed marker files) and
    /// the schema of the first; every other file must have the same top-level columns.
    package static func open(_ path: String) throws -> ParquetDataset {
        guard let entry = LocalPath.entry(path) else {
            throw CodecError.io(path: path, reason: "no such file or folder")
        }
        var found: [(path: String, folders: [String])] = []
        if entry.isDirectory {
            try walk(path, [], &found)
            if found.isEmpty {
                throw CodecError.unsupported(what: "no .parquet files under \(path)")
            }
        } else {
            found = [(path, [])]
        }
        let (parts, partitionKeys) = layout(found)
        let first = try ParquetFile.open(parts[0].path)
        return ParquetDataset(
            parts: parts, fileFields: try fileFields(of: first, partitionKeys: partitionKeys),
            partitionKeys: partitionKeys)
    }

    package init(
        parts: [Part], fileFields: [GlueField], partitionKeys: [GlueField],
        reader: any DatasetPartReader = LocalPartReader()
    ) {
        self.parts = parts
        self.fileFields = fileFields
        self.partitionKeys = partitionKeys
        self.reader = reader
    }

    /// `part` opened through `reader` and checked against the table's columns, with the chunks of the file
    /// columns `columns` and of the predicates' columns made readable in the row groups the predicates'
    /// statistics leave (the only ones a scan with those predicates decodes).
    package func openPart(_ part: Part, columns: [String], predicates: [RowGroupPredicate]) throws -> ParquetFile {
        let file = try reader.open(part)
        try checkColumns(of: file)
        let names = Set((columns + predicates.map(\.column)).map { $0.lowercased() })
        let leaves = file.schema.root.children.filter { names.contains($0.name.lowercased()) }.flatMap(\.leafIndices)
        if !leaves.isEmpty {
            let groups = try file.rowGroups(matching: named(predicates, in: file))
            try reader.prepare(file, rowGroups: groups, leaves: leaves)
        }
        return file
    }

    /// `predicates` with each column named as `file` names it (the table's names are matched ignoring case).
    package func named(_ predicates: [RowGroupPredicate], in file: ParquetFile) -> [RowGroupPredicate] {
        let fields = file.schema.root.children
        return predicates.map { p in
            var q = p
            if let i = fileFields.firstIndex(where: { $0.name.lowercased() == p.column.lowercased() }), i < fields.count
            {
                q.column = fields[i].name
            }
            return q
        }
    }

    /// Whether a file found under a folder is one of the table's files: `.parquet` names, not `_`/`.`
    /// marker or hidden files (the rule for a local folder and for the keys under an `s3://` prefix).
    package static func isPart(name: String) -> Bool {
        !name.hasPrefix(".") && !name.hasPrefix("_") && name.hasSuffix(".parquet")
    }

    /// The parts and partition keys of files found at `folders` below the table's root (local paths or
    /// S3 URLs alike): Hive keys only when every file is at the same depth under `key=value` folders.
    package static func layout(_ found: [(path: String, folders: [String])]) -> (
        parts: [Part], partitionKeys: [GlueField]
    ) {
        let depths = Set(found.map(\.folders.count))
        let keyed = found.allSatisfy { $0.folders.allSatisfy { HivePartitions.key(of: $0) != nil } }
        var partitionKeys: [GlueField] = []
        if depths.count == 1, keyed {
            partitionKeys = HivePartitions.keys(found.map(\.folders))
            if partitionKeys.contains(where: { $0.name.hasPrefix("partition_") }) { partitionKeys = [] }
        }
        let parts = found.map {
            Part(
                path: $0.path, partitionValues: partitionKeys.isEmpty ? [] : $0.folders.map(HivePartitions.value(of:)))
        }
        return (parts, partitionKeys)
    }

    /// The table's file columns, from its first file, which must not clash with a partition key.
    package static func fileFields(of first: ParquetFile, partitionKeys: [GlueField]) throws -> [GlueField] {
        let fileFields = try first.schema.root.children.map { node in
            guard let type = GlueType(parsing: node.glueType) else {
                throw CodecError.unsupported(
                    what: "column '\(node.name)' of \(first.path) has type \(node.glueType)")
            }
            return GlueField(name: node.name, type: type)
        }
        let lowered = Set(fileFields.map { $0.name.lowercased() })
        if let clash = partitionKeys.first(where: { lowered.contains($0.name) }) {
            throw CodecError.unsupported(
                what:
                    "the partition folder key '\(clash.name)' is also a column in \(first.path); rename one of them")
        }
        return fileFields
    }

    /// Throws unless `file` has the top-level columns of the table (its first file).
    package func checkColumns(of file: ParquetFile) throws {
        let fields = file.schema.root.children
        guard fields.map({ $0.name.lowercased() }) == fileFields.map({ $0.name.lowercased() }) else {
            throw CodecError.unsupported(
                what:
                    "\(file.path) has columns \(fields.map(\.name).joined(separator: ", ")), not those of \(parts[0].path) "
                    + "(\(fileFields.map(\.name).joined(separator: ", "))); read one schema at a time")
        }
    }

    private static func walk(_ folder: String, _ folders: [String], _ found: inout [(path: String, folders: [String])])
        throws
    {
        for e in try LocalPath.list(folder) where !e.name.hasPrefix(".") && !e.name.hasPrefix("_") {
            let child = LocalPath.join(folder, e.name)
            if e.isDirectory {
                try walk(child, folders + [e.name], &found)
            } else if isPart(name: e.name) {
                found.append((child, folders))
            }
        }
    }

    /// Counts of one scan.
    package struct Counts: Sendable, Equatable {
        /// Rows in the table (those in pruned row groups included, from the footer).
        package var read = 0
        package var kept = 0
        /// Row groups never decoded because their statistics rule the filter out.
        package var prunedRowGroups = 0
    }

    /// Reads every file through the codec's columnar scan (skipping row groups the filter's statistics
    /// predicates rule out, and rows they fail), keeps the rows `filter` makes TRUE (all rows without one), and
    /// hands `body` those rows projected to `columns`; `body` returns false to stop handing rows over
    /// (counting still runs to the end, so `kept` and `read` describe the whole table).
    package func scan(
        filter: BoundFilter?, columns: [VisibleColumn], _ body: ([[Value]]) throws -> Bool
    ) throws -> Counts {
        var counts = Counts()
        var wantsRows = true
        let names = (fileFields + partitionKeys).map(\.name)
        let evaluator = filter.map(FilterEvaluator.init)
        // Only the file columns shown or filtered on are read (one still, for the row count, when none
        // is); the others stay NULL in the rows the filter and the projection see.
        var needed = Set(columns.map(\.field))
        for column in filter?.columns ?? [] {
            if let i = names.firstIndex(where: { $0.lowercased() == column.path[0].lowercased() }) { needed.insert(i) }
        }
        var read = fileFields.indices.filter { needed.contains($0) }
        if read.isEmpty, !fileFields.isEmpty { read = [0] }
        for part in parts {
            let file = try openPart(part, columns: read.map { fileFields[$0].name }, predicates: predicates(filter))
            let fields = file.schema.root.children
            let partitionValues = part.partitionValues.map { Value.string($0) }
            counts.read += file.metadata.rowGroups.reduce(0) { $0 + Int($1.numRows) }
            // The filter's exact conjuncts go to the codec's scan, named as this file names them: row
            // groups their statistics rule out are skipped, and in the others failing rows are dropped
            // before the remaining columns are decoded. The evaluator still runs the whole filter.
            let predicates = named(predicates(filter), in: file)
            counts.prunedRowGroups += file.rowGroupCount - (try file.rowGroups(matching: predicates).count)
            var options = ScanOptions(columns: read.map { fields[$0].name }, predicates: predicates, batchRows: 65536)
            options.keepsDictionaryStrings = true
            let width = fileFields.count
            try file.scan(options) { batch in
                let rows = batch.rows().map { values in
                    guard values.count < width else { return values + partitionValues }
                    var row = [Value](repeating: .null, count: width)
                    for (k, i) in read.enumerated() { row[i] = values[k] }
                    return row + partitionValues
                }
                var kept: [[Value]]
                if let filter, let evaluator {
                    let batch = try FilterBatch(rows: rows, fieldNames: names, filter: filter)
                    kept = evaluator.keptRows(batch).map { rows[Int($0)] }
                } else {
                    kept = rows
                }
                counts.kept += kept.count
                if wantsRows, !kept.isEmpty {
                    wantsRows = try body(kept.map { row in columns.map { $0.value(in: row) } })
                }
                return true
            }
        }
        return counts
    }

    /// The filter's conjuncts the codec's scan applies exactly (see `BoundFilter.rowGroupPredicates`).
    private func predicates(_ filter: BoundFilter?) -> [RowGroupPredicate] {
        filter?.rowGroupPredicates ?? []
    }
}
