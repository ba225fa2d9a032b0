import LakeCodec
import LakeFilter

/// `cat FOLDER` and `cat s3://bucket/prefix/`: every Parquet file of the folder or prefix in turn, with
/// its Hive partition values as trailing columns (as `preview` shows them), so a prefix prints what its
/// local copy prints. `--columns` and `--where` may name partition columns.
extension CatCommand {
    func run(_ input: DatasetInput) async throws {
        let dataset = input.dataset
        let partitionNames = dataset.partitionKeys.map(\.name)
        let isPartition = { (name: String) in partitionNames.contains(name.lowercased()) }
        let requested = ParquetCommandSupport.columnList(columns) ?? dataset.fileFields.map(\.name) + partitionNames
        let filter = predicates.isEmpty ? nil : try CatWhere.bind(predicates, schema: dataset.schema)
        // File columns read: those shown, then those only the filter needs; partition values follow them.
        var fileNames = requested.filter { !isPartition($0) }
        for column in filter?.columns ?? [] where !isPartition(column.path[0]) {
            if !fileNames.contains(where: { $0.lowercased() == column.path[0].lowercased() }) {
                fileNames.append(column.path[0])
            }
        }
        // Only partition columns asked: one file column still read, for the row count (empty reads all).
        if fileNames.isEmpty, let firstField = dataset.fileFields.first { fileNames = [firstField.name] }
        let rowNames = fileNames + partitionNames
        let shown = try requested.map { name in
            guard let index = rowNames.firstIndex(where: { $0.lowercased() == name.lowercased() }) else {
                throw CodecError.unsupported(what: "no column '\(name)' in \(input.name)")
            }
            return index
        }
        let evaluator = filter.map(FilterEvaluator.init)
        let pruning = (filter?.rowGroupPredicates ?? []).filter { !isPartition($0.column) }
        var remaining = limit ?? Int.max
        var writer = CatRowWriter(names: requested, output: output)
        for part in dataset.parts where remaining > 0 {
            let (parquet, remote) = try await input.open(part)
            let fields = try parquet.selectFields(fileNames)
            let readNames = fields.map { $0.path.joined(separator: ".") }
            if remote != nil {
                let bound = try pruning.compactMap { p -> RowGroupPredicate? in
                    guard let node = parquet.schema.field(named: p.column), let leaf = node.leafIndex else {
                        return nil
                    }
                    return try p.bound(to: parquet.schema.columns[leaf])
                }
                try await input.fetch(remote, rowGroups: try parquet.rowGroups(matching: bound), fields: fields)
            }
            let options = ScanOptions(
                columns: readNames, predicates: pruning, batchRows: 4096, threads: threads.count,
                verifyChecksums: verifyChecksums)
            let partitionValues = part.partitionValues.map { Value.string($0) }
            try parquet.scan(options) { batch in
                var rows = batch.rows().map { $0 + partitionValues }
                if let filter, let evaluator {
                    let filterBatch = try FilterBatch(rows: rows, fieldNames: rowNames, filter: filter)
                    rows = evaluator.keptRows(filterBatch).map { rows[Int($0)] }
                }
                let kept = rows.prefix(remaining)
                remaining -= kept.count
                writer.write(kept.map { row in shown.map { row[$0] } })
                return remaining > 0
            }
        }
        writer.finish()
        input.reportFetched(verbosity: common.verbose)
    }
}
