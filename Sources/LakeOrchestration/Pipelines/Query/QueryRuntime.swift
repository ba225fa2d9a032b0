import AWSServices

/// Rows and bytes a finished query read and wrote (GetQueryRuntimeStatistics): `query status` shows them
/// beside the data scanned, so a costly query's fan-out is visible without the console.
package struct QueryRuntime: Sendable, Equatable {
    package var inputRows: Int64?
    package var inputBytes: Int64?
    package var outputRows: Int64?
    package var outputBytes: Int64?

    package init(inputRows: Int64? = nil, inputBytes: Int64? = nil, outputRows: Int64? = nil, outputBytes: Int64? = nil)
    {
        self.inputRows = inputRows
        self.inputBytes = inputBytes
        self.outputRows = outputRows
        self.outputBytes = outputBytes
    }
}

extension QueryPipeline {
    /// The runtime statistics of a finished query; nil for one still running (Athena has none yet).
    package func runtime(_ status: QueryStatus) async throws -> QueryRuntime? {
        guard status.state == "SUCCEEDED" else { return nil }
        let stats = try await athena.getQueryRuntimeStatistics(id: status.queryId)
        return QueryRuntime(
            inputRows: stats.inputRows, inputBytes: stats.inputBytes, outputRows: stats.outputRows,
            outputBytes: stats.outputBytes)
    }
}
