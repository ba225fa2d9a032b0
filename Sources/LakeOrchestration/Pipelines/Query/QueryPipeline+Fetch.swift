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
        if let maxRows, maxRows <= QueryFetch.pageMaxRows { return .page }
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

    /// The Parquet files in key order (the order Athena wrote them), read back from S3 through the codec's
    /// scan with parallel ranged GETs, several files at once (`UnloadedParquetReader`).
    func readUnloaded(_ objects: [S3Object], bucket: String, status: QueryStatus, maxRows: Int?) async throws
        -> QueryResult
    {
        let (columns, rows, truncated) = try await UnloadedParquetReader(s3: s3).read(
            objects, bucket: bucket, maxRows: maxRows)
        return QueryResult(status: status, columns: columns, rows: rows, truncated: truncated, fetch: .unload)
    }
}
