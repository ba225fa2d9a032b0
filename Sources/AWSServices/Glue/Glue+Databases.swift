import AWSCore

extension GlueClient {
    /// One database; `EntityNotFoundException` when it does not exist (API_GetDatabase).
    package func getDatabase(_ name: String) async throws -> GlueDatabase {
        struct Input: Encodable, Sendable { var Name: String }
        struct Output: Decodable { var Database: GlueDatabase }
        return try await call("GetDatabase", Input(Name: name), output: Output.self).Database
    }

    /// One page of databases (API_GetDatabases).
    package func getDatabases(nextToken: String? = nil, maxResults: Int? = nil) async throws -> Page<GlueDatabase> {
        struct Input: Encodable, Sendable { var NextToken: String?; var MaxResults: Int? }
        struct Output: Decodable { var DatabaseList: [GlueDatabase]?; var NextToken: String? }
        let output = try await call(
            "GetDatabases", Input(NextToken: nextToken, MaxResults: maxResults), output: Output.self)
        return Page(items: output.DatabaseList ?? [], nextToken: output.NextToken)
    }

    /// Every database, page by page as iterated.
    package func getDatabasesPages(maxResults: Int? = nil) -> Paginator<Page<GlueDatabase>> {
        Paginator(
            service: Self.service.serviceId, operation: "GetDatabases",
            fetch: { token in try await self.getDatabases(nextToken: token, maxResults: maxResults) },
            nextToken: { $0.nextToken })
    }

    /// Every database, all pages collected.
    package func allDatabases() async throws -> [GlueDatabase] {
        var databases: [GlueDatabase] = []
        for try await page in getDatabasesPages() { databases += page.items }
        return databases
    }

    /// Creates a database; `AlreadyExistsException` when the name is taken.
    package func createDatabase(_ input: GlueDatabaseInput) async throws {
        struct Input: Encodable, Sendable { var DatabaseInput: GlueDatabaseInput }
        _ = try await call("CreateDatabase", Input(DatabaseInput: input), output: GlueEmptyReply.self)
    }

    /// Deletes a database and, on AWS, every table in it.
    package func deleteDatabase(_ name: String) async throws {
        struct Input: Encodable, Sendable { var Name: String }
        _ = try await call("DeleteDatabase", Input(Name: name), output: GlueEmptyReply.self)
    }
}
