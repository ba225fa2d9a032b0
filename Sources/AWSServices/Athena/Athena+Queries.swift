import AWSCore

extension AthenaClient {
    /// Starts a query and answers its id. `request.clientRequestToken` is sent as is: the caller makes it
    /// once per start, and because the body is built once, the client's own retries of this call carry the
    /// same token, so Athena answers a retried start with the first one's id instead of running it twice.
    package func startQueryExecution(_ request: AthenaStartQueryRequest) async throws -> String {
        struct Output: Decodable { var QueryExecutionId: String }
        return try await call("StartQueryExecution", request, output: Output.self).QueryExecutionId
    }

    /// One execution's state and statistics; `InvalidRequestException` for an unknown id.
    package func getQueryExecution(id: String) async throws -> AthenaQueryExecution {
        struct Input: Encodable, Sendable { var QueryExecutionId: String }
        struct Output: Decodable { var QueryExecution: AthenaQueryExecution }
        return try await call("GetQueryExecution", Input(QueryExecutionId: id), output: Output.self).QueryExecution
    }

    /// Asks Athena to cancel; it answers at once and the state turns CANCELLED a little later. Stopping a
    /// query that already finished is not an error.
    package func stopQueryExecution(id: String) async throws {
        struct Input: Encodable, Sendable { var QueryExecutionId: String }
        _ = try await call("StopQueryExecution", Input(QueryExecutionId: id), output: AthenaEmptyReply.self)
    }

    /// One page of a finished query's rows. The first page starts with the header row (for SELECTs);
    /// the column types come with every page.
    /// - Parameter maxResults: at most `maxResultsPerPage`.
    package func getQueryResults(id: String, nextToken: String? = nil, maxResults: Int? = nil) async throws
        -> AthenaResultPage
    {
        struct Input: Encodable, Sendable { var QueryExecutionId: String; var NextToken: String?; var MaxResults: Int? }
        return try await call(
            "GetQueryResults", Input(QueryExecutionId: id, NextToken: nextToken, MaxResults: maxResults),
            output: AthenaResultPage.self)
    }

    /// Every page of a finished query's rows, fetched as iterated.
    package func getQueryResultsPages(id: String, maxResults: Int? = nil, startingToken: String? = nil)
        -> Paginator<AthenaResultPage>
    {
        Paginator(
            service: Self.service.serviceId, operation: "GetQueryResults", startingToken: startingToken,
            fetch: { token in try await self.getQueryResults(id: id, nextToken: token, maxResults: maxResults) },
            nextToken: { $0.nextToken })
    }

    /// One page of a workgroup's query ids, newest first.
    package func listQueryExecutions(workGroup: String? = nil, nextToken: String? = nil, maxResults: Int? = nil)
        async throws -> Page<String>
    {
        struct Input: Encodable, Sendable { var WorkGroup: String?; var NextToken: String?; var MaxResults: Int? }
        struct Output: Decodable { var QueryExecutionIds: [String]?; var NextToken: String? }
        let output = try await call(
            "ListQueryExecutions", Input(WorkGroup: workGroup, NextToken: nextToken, MaxResults: maxResults),
            output: Output.self)
        return Page(items: output.QueryExecutionIds ?? [], nextToken: output.NextToken)
    }

    /// Every page of a workgroup's query ids, fetched as iterated.
    package func listQueryExecutionsPages(workGroup: String? = nil, maxResults: Int? = nil) -> Paginator<Page<String>> {
        Paginator(
            service: Self.service.serviceId, operation: "ListQueryExecutions",
            fetch: { token in
                try await self.listQueryExecutions(workGroup: workGroup, nextToken: token, maxResults: maxResults)
            },
            nextToken: { $0.nextToken })
    }

    /// Up to `maxBatchIds` executions in one call; ids Athena could not answer come back in `unprocessed`.
    package func batchGetQueryExecution(ids: [String]) async throws -> AthenaBatchQueryExecutions {
        struct Input: Encodable, Sendable { var QueryExecutionIds: [String] }
        return try await call(
            "BatchGetQueryExecution", Input(QueryExecutionIds: ids), output: AthenaBatchQueryExecutions.self)
    }
}
