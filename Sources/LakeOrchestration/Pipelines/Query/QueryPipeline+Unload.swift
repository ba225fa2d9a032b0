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
        let (unload, target, prefix) = try Self.unloadRequest(request, to: location, format: format)
        // What was there before is never removed when the query does not succeed; Athena refuses a
        // non-empty prefix anyway, but a Ctrl-C can come before it says so.
        let before = Set(try await s3.listAllObjects(bucket: target.bucket, prefix: prefix).map(\.key))
        let id = try await start(unload)
        events(.started(what: "query", id: id))
        events(.step(name: "query", detail: id, change: nil))
        let status = try await waitRemovingPartialUnload(
            id, bucket: target.bucket, prefix: prefix, existing: before, events: events)
        return try await listUnloaded(status, bucket: target.bucket, prefix: prefix)
    }

    /// The files an UNLOAD that SUCCEEDED wrote, for `query results ID` of a `--unload --no-wait` run; nil
    /// when the query is not an UNLOAD (its rows are fetched as usual).
    package func unloadedFiles(_ status: QueryStatus) async throws -> QueryUnloadResult? {
        guard let sql = status.sql, let location = AthenaQueryText.unloadTarget(sql) else { return nil }
        let target = try S3Location.parse(bucket: location)
        return try await listUnloaded(
            status, bucket: target.bucket, prefix: target.prefix.isEmpty ? "" : target.prefix + "/")
    }

    func listUnloaded(_ status: QueryStatus, bucket: String, prefix: String) async throws -> QueryUnloadResult {
        let objects = try await s3.listAllObjects(bucket: bucket, prefix: prefix)
        return QueryUnloadResult(
            status: status, location: "s3://\(bucket)/\(prefix)",
            files: objects.sorted { $0.key < $1.key }.map {
                QueryUnloadResult.File(url: "s3://\(bucket)/\($0.key)", bytes: $0.size)
            })
    }

    /// `lakectl query --unload … --no-wait`: starts the UNLOAD and answers its id without waiting, so the
    /// files appear under the prefix once Athena finishes (`query status ID` tells when). Nothing is
    /// cleaned up on failure here: no lakectl process is left to do it.
    package func startUnload(_ request: QueryRequest, to location: String, format: String) async throws -> String {
        try await start(try Self.unloadRequest(request, to: location, format: format).request)
    }

    /// The request that runs `request` as `UNLOAD (sql) TO 'location' WITH (format = …)`, with the bucket
    /// and the prefix (ending in `/`, or empty) it writes under. Only a SELECT/WITH/VALUES can be unloaded.
    static func unloadRequest(_ request: QueryRequest, to location: String, format: String) throws -> (
        request: QueryRequest, target: S3Location, prefix: String
    ) {
        guard AthenaQueryText.isSelect(request.sql) else { throw QueryFetchError.unloadTargetNeedsSelect }
        let target = try S3Location.parse(bucket: location)
        let prefix = target.prefix.isEmpty ? "" : target.prefix + "/"
        var unload = request
        unload.sql = AthenaQueryText.unload(
            request.sql, to: "s3://\(target.bucket)/\(prefix)", format: format == "csv" ? "textfile" : format)
        return (unload, target, prefix)
    }
}
