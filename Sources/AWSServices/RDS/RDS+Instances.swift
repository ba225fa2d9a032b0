import AWSCore

extension RDSClient {
    /// Creates a DB instance (API_CreateDBInstance) with the few parameters a snapshot source needs.
    /// lakectl never creates databases for users; the demo and the tests use this to have an instance
    /// to snapshot. Returns the instance's ARN.
    @discardableResult
    package func createDBInstance(
        identifier: String, engine: String = "mysql", instanceClass: String = "db.t3.micro",
        allocatedStorageGB: Int = 20,
        masterUsername: String = "admin", masterPassword: String, databaseName: String? = nil
    ) async throws -> String {
        let operation = "CreateDBInstance"
        var parameters = [
            ("DBInstanceIdentifier", identifier), ("Engine", engine), ("DBInstanceClass", instanceClass),
            ("AllocatedStorage", String(allocatedStorageGB)), ("MasterUsername", masterUsername),
            ("MasterUserPassword", masterPassword),
        ]
        if let databaseName { parameters.append(("DBName", databaseName)) }
        let result = try await client.query(Self.service, action: operation, parameters: parameters)
        return try Self.required(result, "DBInstance", "DBInstanceArn", operation: operation)
    }

    /// Deletes a DB instance without a final snapshot (test clean-up).
    package func deleteDBInstance(identifier: String) async throws {
        _ = try await client.query(
            Self.service, action: "DeleteDBInstance",
            parameters: [("DBInstanceIdentifier", identifier), ("SkipFinalSnapshot", "true")])
    }
}
