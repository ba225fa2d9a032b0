import AWSCore
import AWSServices

extension QueryPipeline {
    /// Where the unload fetch path may write: the query's `--output-location`, else its workgroup's result
    /// location, so the fast path is not lost to analysts who rely on the workgroup's setting (most do).
    /// GetWorkGroup is called only when UNLOAD could be chosen; a workgroup lakectl may not read (or one
    /// without a location) leaves nil, and `auto` then reads the result CSV.
    func unloadBase(_ request: QueryRequest, maxRows: Int?, fetch: QueryFetch, catalogRows: Int? = nil) async throws
        -> String?
    {
        if let location = request.outputLocation { return location }
        let couldUnload =
            fetch == .unload
            || (fetch == .auto
                && QueryFetch.choose(
                    sql: request.sql, maxRows: maxRows, hasOutputLocation: true, reusing: request.reuseMinutes != nil,
                    catalogRows: catalogRows)
                    == .unload)
        guard couldUnload else { return nil }
        do {
            return try await athena.getWorkGroup(name: request.workgroup ?? "primary").outputLocation
        } catch is AWSError {
            return nil
        }
    }
}
