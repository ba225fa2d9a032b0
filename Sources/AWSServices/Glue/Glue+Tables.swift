import AWSCore

extension GlueClient {
    /// One table; `EntityNotFoundException` when the database or the table does not exist.
    package func getTable(database: String, name: String) async throws -> GlueTable {
        struct Input: Encodable, Sendable { var DatabaseName: String; var Name: String }
        struct Output: Decodable { var Table: GlueTable }
        return try await call("GetTable", Input(DatabaseName: database, Name: name), output: Output.self).Table
    }

    /// One page of a database's tables (API_GetTables).
    /// - Parameter expression: a regular-expression filter on table names.
    package func getTables(
        database: String, expression: String? = nil, nextToken: String? = nil, maxResults: Int? = nil
    ) async throws -> Page<GlueTable> {
        struct Input: Encodable, Sendable {
            var DatabaseName: String
            var Expression: String?
            var NextToken: String?
            var MaxResults: Int?
        }
        struct Output: Decodable { var TableList: [GlueTable]?; var NextToken: String? }
        let output = try await call(
            "GetTables",
            Input(DatabaseName: database, Expression: expression, NextToken: nextToken, MaxResults: maxResults),
            output: Output.self)
        return Page(items: output.TableList ?? [], nextToken: output.NextToken)
    }

    /// Every page of a database's tables, fetched as iterated.
    package func getTablesPages(database: String, expression: String? = nil, maxResults: Int? = nil) -> Paginator<
        Page<GlueTable>
    > {
        Paginator(
            service: Self.service.serviceId, operation: "GetTables",
            fetch: { token in
                try await self.getTables(
                    database: database, expression: expression, nextToken: token, maxResults: maxResults)
            },
            nextToken: { $0.nextToken })
    }

    /// Every table of a database, all pages collected.
    package func allTables(database: String) async throws -> [GlueTable] {
        var tables: [GlueTable] = []
        for try await page in getTablesPages(database: database) { tables += page.items }
        return tables
    }

    /// Creates a table; `AlreadyExistsException` when the name is taken.
    package func createTable(database: String, _ input: GlueTableInput) async throws {
        struct Input: Encodable, Sendable { var DatabaseName: String; var TableInput: GlueTableInput }
        _ = try await call("CreateTable", Input(DatabaseName: database, TableInput: input), output: GlueEmptyReply.self)
    }

    /// Replaces a table's definition (the whole input, not a patch).
    package func updateTable(database: String, _ input: GlueTableInput) async throws {
        struct Input: Encodable, Sendable { var DatabaseName: String; var TableInput: GlueTableInput }
        _ = try await call("UpdateTable", Input(DatabaseName: database, TableInput: input), output: GlueEmptyReply.self)
    }

    package func deleteTable(database: String, name: String) async throws {
        struct Input: Encodable, Sendable { var DatabaseName: String; var Name: String }
        _ = try await call("DeleteTable", Input(DatabaseName: database, Name: name), output: GlueEmptyReply.self)
    }
}
