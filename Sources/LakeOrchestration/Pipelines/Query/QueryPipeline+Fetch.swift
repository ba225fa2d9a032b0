import AWSCore
import AWSServices
import Foundation
import LakeCodec

/// The two fetch paths besides paging GetQueryResults: the result CSV read from S3, and UNLOAD to Parquet
/// read back through LakeCodec (`QueryFetch` says when each is used).
extension QueryPipeline {
    var s3: S3Client { S3Client(client: athena.client) }

    /// The path `query results` uses for a finished query: UNLOAD is no longer possible, so the CSV unless
    /// one page holds the result.
    static func resolvedForFinished(_ fetch: QueryFetch, maxRows: Int?) -> QueryFetch {
        guard fetch == .auto else { return fetch }
        if let maxRows, maxRows < AthenaQueryText.pageRows { return .page }
        return .csv
    }

    /// The rows of a SUCCEEDED query from its result CSV (`<id>.csv`): the column types from one
    /// GetQueryResults call of a single row, the values from the file read in parallel ranges.
    func csvResults(_ status: QueryStatus, maxRows: Int?) async throws -> QueryResult {
        guard let location = status.outputLocation, let url = try? S3Location.parse(bucket: location),
            !url.prefix.isEmpty
        else { throw QueryFetchError.noResultFile(queryId: status.queryId) }
        async let metadata = athena.getQueryResults(id: status.queryId, maxResults: 1)
        let head = try await s3.headObject(bucket: url.bucket, key: url.prefix)
        let bytes = try await S3RangedRead(s3: s3).read(bucket: url.bucket, key: url.prefix, size: head.contentLength)
        let columns = try await metadata.columns.map {
            QueryColumn(name: $0.name, type: $0.type, precision: $0.precision, scale: $0.scale)
        }
        var texts: [[String?]]
        do {
            texts = try AthenaResultCSV.parse(bytes)
        } catch let error as AthenaResultCSV.Malformed {
            throw QueryFetchError.malformedCSV(queryId: status.queryId, offset: error.offset, reason: error.reason)
        }
        if status.statementType != "DDL", !texts.isEmpty { texts.removeFirst() }
        var truncated = false
        if let maxRows, texts.count > maxRows {
            texts.removeLast(texts.count - maxRows)
            truncated = true
        }
        let rows = texts.map { text in
            columns.indices.map { i in QueryValue(text: i < text.count ? text[i] : nil, athenaType: columns[i].type) }
        }
        return QueryResult(status: status, columns: columns, rows: rows, truncated: truncated, fetch: .csv)
    }

    /// Runs the query as `UNLOAD (…) TO '<output>/lakectl-unload/<token>/' WITH (format = 'PARQUET')`,
    /// reads the Parquet files back, and removes them unless `keep` (also when the query is stopped by
    /// Ctrl-C, cancelled or failed: the prefix is lakectl's own, named after the request's token).
    /// - Parameter base: where the `lakectl-unload/` prefix goes: the query's output location, or its
    ///   workgroup's (`unloadBase`).
    func runUnloaded(
        _ request: QueryRequest, base: String?, maxRows: Int?, keep: Bool, events: @escaping PipelineEventSink
    ) async throws -> QueryResult {
        guard let output = base else { throw QueryFetchError.unloadNeedsOutputLocation }
        guard AthenaQueryText.isSelect(request.sql) else { throw QueryFetchError.unloadNeedsSelect }
        let target = try S3Location.parse(bucket: output)
        let prefix =
            (target.prefix.isEmpty ? "" : target.prefix + "/") + "lakectl-unload/\(request.clientRequestToken)/"
        var unload = request
        unload.sql = AthenaQueryText.unload(request.sql, to: "s3://\(target.bucket)/\(prefix)", format: "parquet")
        let id = try await start(unload)
        events(.started(what: "query", id: id))
        events(.step(name: "query", detail: id, change: nil))
        let status =
            keep
            ? try await wait(id, events: events)
            : try await waitRemovingPartialUnload(id, bucket: target.bucket, prefix: prefix, events: events)
        let objects = try await s3.listAllObjects(bucket: target.bucket, prefix: prefix)
        do {
            var result = try await readUnloaded(objects, bucket: target.bucket, status: status, maxRows: maxRows)
            if !keep { _ = try await s3.deleteObjects(bucket: target.bucket, keys: objects.map(\.key)) }
            result.unloadLocation = keep ? "s3://\(target.bucket)/\(prefix)" : nil
            return result
        } catch {
            if !keep { _ = try? await s3.deleteObjects(bucket: target.bucket, keys: objects.map(\.key)) }
            throw error
        }
    }

    /// The Parquet files in key order (the order Athena wrote them), read four at a time.
    func readUnloaded(_ objects: [S3Object], bucket: String, status: QueryStatus, maxRows: Int?) async throws
        -> QueryResult
    {
        let files = objects.filter { $0.size > 0 && !$0.key.hasSuffix(".csv") }.sorted { $0.key < $1.key }
        let reader = S3RangedRead(s3: s3)
        var parts = [(columns: [QueryColumn], rows: [[QueryValue]])?](repeating: nil, count: files.count)
        try await withThrowingTaskGroup(of: (Int, [QueryColumn], [[QueryValue]]).self) { group in
            var next = 0
            func launch() {
                let index = next
                let object = files[index]
                group.addTask {
                    let bytes = try await reader.read(bucket: bucket, key: object.key, size: object.size)
                    let (columns, rows) = try Self.parquetRows(bytes, key: "s3://\(bucket)/\(object.key)")
                    return (index, columns, rows)
                }
                next += 1
            }
            while next < files.count && next < 4 { launch() }
            while let (index, columns, rows) = try await group.next() {
                parts[index] = (columns, rows)
                if next < files.count { launch() }
            }
        }
        var columns: [QueryColumn] = []
        var rows: [[QueryValue]] = []
        var truncated = false
        for part in parts.compactMap({ $0 }) {
            if columns.isEmpty { columns = part.columns }
            rows.append(contentsOf: part.rows)
        }
        if let maxRows, rows.count > maxRows {
            rows.removeLast(rows.count - maxRows)
            truncated = true
        }
        return QueryResult(status: status, columns: columns, rows: rows, truncated: truncated, fetch: .unload)
    }

    /// One Parquet file's columns and rows, through a temporary file (LakeCodec reads files at offsets).
    static func parquetRows(_ bytes: [UInt8], key: String) throws -> ([QueryColumn], [[QueryValue]]) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "lakectl-unload-\(UUID().uuidString).parquet"
        )
        .path
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else {
            throw QueryFetchError.unreadableParquet(key: key, reason: "cannot write a temporary copy at \(path)")
        }
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            let file = try ParquetFile.open(path)
            let fields = file.schema.root.children
            var rows: [[QueryValue]] = []
            rows.reserveCapacity(Int(file.numRows))
            for group in 0..<file.rowGroupCount {
                try file.forEachRowChunk(rowGroup: group, fields: fields) { chunk in
                    for row in chunk { rows.append(row.map(ParquetQueryValue.value)) }
                    return true
                }
            }
            return (fields.map(ParquetQueryValue.column), rows)
        } catch let error as CodecError {
            throw QueryFetchError.unreadableParquet(key: key, reason: "\(error)")
        }
    }
}
