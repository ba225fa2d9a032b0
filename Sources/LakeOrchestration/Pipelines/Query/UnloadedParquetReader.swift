import AWSServices
import LakeCodec

/// UNLOAD's Parquet files read back from S3 as query rows with no local copy: each file is opened from its
/// footer (`RemoteParquetFile`), the column chunks of its row groups are fetched with parallel ranged GETs,
/// and the codec's scan decodes them into typed column vectors that become `QueryValue`s column by column.
/// Several files are in flight at once, so one file's GETs overlap another's decoding; the rows still come
/// out in key order, then file order (the order Athena wrote them).
struct UnloadedParquetReader: Sendable {
    let s3: S3Client
    /// Files read at once. Each already runs `S3ByteSource.parallelism` GETs, so a few files keep the
    /// connections busy while the cores decode.
    var parallelFiles = 4

    /// The rows of `objects` (UNLOAD's data files; empty objects and the CSV manifest are skipped), at most
    /// `maxRows` of them: a file is read for at most one row past `maxRows` (to tell whether the result was
    /// cut), and files after the ones that hold that many are not read.
    func read(_ objects: [S3Object], bucket: String, maxRows: Int?) async throws -> (
        columns: [QueryColumn], rows: [[QueryValue]], truncated: Bool
    ) {
        let files = objects.filter { $0.size > 0 && !$0.key.hasSuffix(".csv") }.sorted { $0.key < $1.key }
        var parts = [(columns: [QueryColumn], rows: [[QueryValue]])?](repeating: nil, count: files.count)
        try await withThrowingTaskGroup(of: (Int, [QueryColumn], [[QueryValue]]).self) { group in
            var next = 0
            // Rows of the files before the first one not yet read, to stop launching once maxRows are held.
            var done = 0
            var held = 0
            func launch() {
                let index = next
                let url = S3ObjectURL(bucket: bucket, key: files[index].key)
                let source = S3ByteSource(s3: s3, url: url, size: Int(files[index].size))
                group.addTask {
                    let (columns, rows) = try await Self.rows(of: source, limit: maxRows.map { $0 + 1 })
                    return (index, columns, rows)
                }
                next += 1
            }
            while next < files.count && next < parallelFiles { launch() }
            while let (index, columns, rows) = try await group.next() {
                parts[index] = (columns, rows)
                while done < files.count, let part = parts[done] {
                    held += part.rows.count
                    done += 1
                }
                if next < files.count, maxRows.map({ held <= $0 }) ?? true { launch() }
            }
        }
        var columns: [QueryColumn] = []
        var rows: [[QueryValue]] = []
        for part in parts.compactMap({ $0 }) {
            if columns.isEmpty { columns = part.columns }
            rows.append(contentsOf: part.rows)
        }
        var truncated = false
        if let maxRows, rows.count > maxRows {
            rows.removeLast(rows.count - maxRows)
            truncated = true
        }
        return (columns, rows, truncated)
    }

    /// One file's columns and (at most `limit`) rows: footer, then every row group's column chunks in one
    /// parallel fetch, then the scan.
    static func rows(of source: S3ByteSource, limit: Int?) async throws -> ([QueryColumn], [[QueryValue]]) {
        do {
            let file = try await RemoteParquetFile.open(source)
            let parquet = file.parquet
            let fields = parquet.schema.root.children
            try await file.fetch(rowGroups: Array(0..<parquet.rowGroupCount), fields: fields)
            var rows: [[QueryValue]] = []
            rows.reserveCapacity(min(Int(parquet.numRows), limit ?? Int.max))
            try parquet.scan(ScanOptions(columns: fields.map(\.name))) { batch in
                let columns = zip(batch.columns, fields).map { ParquetQueryValue.values($0, field: $1) }
                let count = min(batch.rowCount, (limit ?? Int.max) - rows.count)
                for r in 0..<count { rows.append(columns.map { $0[r] }) }
                return limit.map { rows.count < $0 } ?? true
            }
            return (fields.map(ParquetQueryValue.column), rows)
        } catch let error as CodecError {
            throw QueryFetchError.unreadableParquet(key: source.url.description, reason: "\(error)")
        }
    }
}
