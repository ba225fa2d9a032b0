import AWSServices

/// `lakectl query --unload s3://prefix/`: Athena writes the result as files under the prefix and lakectl
/// lists them instead of printing rows: the distributed path for outputs too large for one machine.
extension QueryPipeline {
    /// Runs `UNLOAD (sql) TO 'location' WITH (format = …)`, waits, and lists what it wrote. A query that
    /// ends without SUCCEEDED (Ctrl-C included) leaves no partial files: the ones it wrote are removed.
    /// - Parameter format: `parquet` or `textfile` (Athena's names; `csv` means textfile).
    package func unload(
        _ request: QueryRequest, to location: String, format: String, events: @escaping PipelineEventSink
    ) async throws -> QueryUnloadResult {
        guard AthenaQueryText.isSelect(request.sql) else { throw QueryFetchError.unloadNeedsSelect }
        let target = try S3Location.parse(bucket: location)
        let prefix = target.prefix.isEmpty ? "" : target.prefix + "/"
        let url = "s3://\(target.bucket)/\(prefix)"
        var unload = request
        unload.sql = AthenaQueryText.unload(request.sql, to: url, format: format == "csv" ? "textfile" : format)
        // What was there before is never removed when the query does not succeed; Athena refuses a
        // non-empty prefix anyway, but a Ctrl-C can come before it says so.
        let before = Set(try await s3.listAllObjects(bucket: target.bucket, prefix: prefix).map(\.key))
        let id = try await start(unload)
        events(.started(what: "query", id: id))
        events(.step(name: "query", detail: id, change: nil))
        let status = try await waitRemovingPartialUnload(
            id, bucket: target.bucket, prefix: prefix, existing: before, events: events)
        let objects = try await s3.listAllObjects(bucket: target.bucket, prefix: prefix)
        return QueryUnloadResult(
            status: status, location: url,
            files: objects.sorted { $0.key < $1.key }.map {
                QueryUnloadResult.File(url: "s3://\(target.bucket)/\($0.key)", bytes: $0.size)
            })
    }
}
