import AWSServices

extension QueryPipeline {
    /// The rows of a query lakectl's unload fetch path ran, printed again by `query results ID`: its rows
    /// are the Parquet files it wrote (Athena keeps no result CSV for an UNLOAD), read back while they are
    /// kept (`--keep-unload`); once removed, an error that says how to get the rows.
    func unloadedResults(_ status: QueryStatus, location: String, maxRows: Int?) async throws -> QueryResult {
        let target = try S3Location.parse(bucket: location)
        let prefix = target.prefix.isEmpty ? "" : target.prefix + "/"
        let objects = try await s3.listAllObjects(bucket: target.bucket, prefix: prefix)
        guard objects.contains(where: { $0.size > 0 }) else {
            throw QueryFetchError.unloadFilesRemoved(queryId: status.queryId, location: location)
        }
        var result = try await readUnloaded(objects, bucket: target.bucket, status: status, maxRows: maxRows)
        result.unloadLocation = location
        return result
    }
}
