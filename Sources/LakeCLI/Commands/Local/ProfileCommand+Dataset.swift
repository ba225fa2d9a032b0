import LakeCodec
import LakeFilter

/// `profile FOLDER` and `profile s3://bucket/prefix/`: every Parquet file of the folder or prefix profiled
/// as one table, row group by row group (an S3 object's chunks fetched one row group at a time, so memory
/// stays bounded by a row group), with its Hive partition columns profiled as strings after the files'.
extension ProfileCommand {
    func profile(_ input: DatasetInput) async throws -> [ColumnProfile] {
        let dataset = input.dataset
        let requested = ParquetCommandSupport.columnList(columns)
        let partitionKeys = dataset.partitionKeys.map(\.name).filter { key in
            requested?.contains { $0.lowercased() == key } ?? true
        }
        let fileNames = requested?.filter { name in !partitionKeys.contains(name.lowercased()) }
        var accumulator: ProfileAccumulator?
        for part in dataset.parts {
            let (parquet, remote) = try await input.open(part)
            let fields = fileNames?.isEmpty == true ? [] : try parquet.selectFields(fileNames)
            if accumulator == nil {
                accumulator = ProfileAccumulator(file: parquet, fields: fields, partitionKeys: partitionKeys)
            }
            for group in 0..<parquet.rowGroupCount {
                try await input.fetch(remote, rowGroups: [group], fields: fields)
                try accumulator?.add(
                    parquet, rowGroup: group,
                    partitionValues: zip(dataset.partitionKeys, part.partitionValues).filter {
                        partitionKeys.contains($0.0.name)
                    }.map(\.1), verifyChecksums: verifyChecksums, threads: threads.count)
            }
        }
        input.reportFetched(verbosity: common.verbose)
        return accumulator?.finish() ?? []
    }
}
