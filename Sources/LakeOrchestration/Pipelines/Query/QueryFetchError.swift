/// A finished query whose rows could not be fetched by the chosen path; each message names the query or
/// object and what to do.
package enum QueryFetchError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `--fetch unload` needs somewhere to write: neither `--output-location` nor the query said where.
    case unloadNeedsOutputLocation
    /// Only a SELECT (or WITH/VALUES) can be wrapped in UNLOAD.
    case unloadNeedsSelect
    /// `--unload s3://prefix/` also wraps the statement in UNLOAD, so it too takes only a SELECT.
    case unloadTargetNeedsSelect
    /// Athena reported no result file for the query (DDL without output, or a workgroup setting).
    case noResultFile(queryId: String)
    case shortRead(key: String, expected: Int64, got: Int64)
    case malformedCSV(queryId: String, offset: Int, reason: String)
    case unreadableParquet(key: String, reason: String)
    /// The query was fetched through UNLOAD and its files were removed once read.
    case unloadFilesRemoved(queryId: String, location: String)

    package var description: String {
        switch self {
        case .unloadNeedsOutputLocation:
            return
                "--fetch unload writes Parquet under the output location, and neither the query nor its workgroup has one; give --output-location s3://bucket/prefix/"
        case .unloadNeedsSelect:
            return "--fetch unload wraps the statement in UNLOAD, which takes only a SELECT; use --fetch page or csv"
        case .unloadTargetNeedsSelect:
            return
                "--unload writes a query's rows with UNLOAD, which takes only a SELECT (or WITH/VALUES); run other statements without --unload"
        case .noResultFile(let id):
            return "query \(id) has no result file in S3; fetch it with --fetch page"
        case .shortRead(let key, let expected, let got):
            return "\(key) is \(expected) bytes but \(got) arrived; run the fetch again"
        case .malformedCSV(let id, let offset, let reason):
            return "the result CSV of query \(id) is malformed at byte \(offset): \(reason); fetch it with --fetch page"
        case .unreadableParquet(let key, let reason):
            return "cannot read the UNLOAD output \(key): \(reason)"
        case .unloadFilesRemoved(let id, let location):
            return
                "query \(id) was fetched through UNLOAD and its files under \(location) were removed once read; run the query again (with --keep-unload to read its rows later, or --fetch csv)"
        }
    }
}
