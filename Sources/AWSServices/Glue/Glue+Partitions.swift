import AWSCore

extension GlueClient {
    /// One page of a table's partitions (API_GetPartitions).
    /// - Parameter expression: a partition filter such as `year='2024' AND month>'06'`.
    package func getPartitions(
        database: String, table: String, expression: String? = nil, nextToken: String? = nil, maxResults: Int? = nil
    ) async throws -> Page<GluePartition> {
        struct Input: Encodable, Sendable {
            var DatabaseName: String
            var TableName: String
            var Expression: String?
            var NextToken: String?
            var MaxResults: Int?
        }
        struct Output: Decodable { var Partitions: [GluePartition]?; var NextToken: String? }
        let output = try await call(
            "GetPartitions",
            Input(
                DatabaseName: database, TableName: table, Expression: expression, NextToken: nextToken,
                MaxResults: maxResults),
            output: Output.self)
        return Page(items: output.Partitions ?? [], nextToken: output.NextToken)
    }

    /// Every page of a table's partitions, fetched as iterated.
    package func getPartitionsPages(
        database: String, table: String, expression: String? = nil, maxResults: Int? = nil
    ) -> Paginator<Page<GluePartition>> {
        Paginator(
            service: Self.service.serviceId, operation: "GetPartitions",
            fetch: { token in
                try await self.getPartitions(
                    database: database, table: table, expression: expression, nextToken: token, maxResults: maxResults)
            },
            nextToken: { $0.nextToken })
    }

    /// Every partition, all pages collected.
    package func allPartitions(database: String, table: String) async throws -> [GluePartition] {
        var partitions: [GluePartition] = []
        for try await page in getPartitionsPages(database: database, table: table) { partitions += page.items }
        return partitions
    }

    /// Adds one partition (API_CreatePartition); used by tests and ingest to register new data.
    package func createPartition(database: String, table: String, _ partition: GluePartition) async throws {
        struct PartitionInput: Encodable, Sendable {
            var Values: [String]
            var StorageDescriptor: GlueStorageDescriptor?
            var Parameters: [String: String]?
        }
        struct Input: Encodable, Sendable {
            var DatabaseName: String; var TableName: String; var PartitionInput: PartitionInput
        }
        let input = PartitionInput(
            Values: partition.values, StorageDescriptor: partition.storageDescriptor, Parameters: partition.parameters)
        _ = try await call(
            "CreatePartition", Input(DatabaseName: database, TableName: table, PartitionInput: input),
            output: GlueEmptyReply.self)
    }
}
