import AWSCore
import AWSServices
import Foundation
import LakeTestSupport
import Testing

/// `lakectl catalog …` run as a process against the emulator: a database and tables are made here
/// with the Glue client, then listed and described in each output format.
@Suite struct CatalogCommandTests {
    /// A fresh database holding `orders` (partitioned by year, with one partition) and `customers`.
    private func makeCatalog() async throws -> (Emulator, String) {
        let emulator = try Emulator.current()
        let client = AWSClient(
            region: emulator.region, credentialProvider: EmulatorKey(emulator: emulator), endpoint: emulator.endpoint)
        let glue = GlueClient(client: client)
        let database = "cli_" + UniqueSuffix.make(12)
        try await glue.createDatabase(
            GlueDatabaseInput(name: database, description: "catalog CLI test", locationUri: "s3://lake/\(database)/"))
        let columns = [
            GlueColumn(name: "order_id", type: "bigint"),
            GlueColumn(name: "amount", type: "decimal(10,2)", comment: "EUR"),
        ]
        try await glue.createTable(
            database: database,
            GlueTableInput(
                name: "orders", parameters: ["classification": "parquet", "managed-by": "lakectl"],
                storageDescriptor: .parquet(columns: columns, location: "s3://lake/shop/orders/"),
                partitionKeys: [GlueColumn(name: "year", type: "string")]))
        try await glue.createTable(
            database: database,
            GlueTableInput(
                name: "customers",
                storageDescriptor: .parquet(
                    columns: [GlueColumn(name: "customer_id", type: "int")], location: "s3://lake/shop/customers/")))
        try await glue.createPartition(
            database: database, table: "orders",
            GluePartition(
                values: ["2024"],
                storageDescriptor: .parquet(columns: columns, location: "s3://lake/shop/orders/year=2024/")))
        return (emulator, database)
    }

    @Test func databasesListsTheNewDatabase() async throws {
        let (emulator, database) = try await makeCatalog()
        let result = try await CLIRunner.run(
            ["catalog", "databases", "--output", "csv"], environment: emulator.environment())
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "name,description,location,created")
        #expect(lines.contains { $0.hasPrefix("\(database),catalog CLI test,s3://lake/\(database)/,") })
    }

    @Test func tablesListsBothTablesInNameOrder() async throws {
        let (emulator, database) = try await makeCatalog()
        let result = try await CLIRunner.run(["catalog", "tables", database], environment: emulator.environment())
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("name") == true)
        #expect(lines.count == 4)
        #expect(lines[2].hasPrefix("customers"))
        #expect(lines[3].hasPrefix("orders"))
        #expect(lines[3].contains("parquet"))
        #expect(lines[3].contains("year"))
    }

    @Test func describeAsJSONHasColumnsKeysFormatsAndPartitions() async throws {
        let (emulator, database) = try await makeCatalog()
        let result = try await CLIRunner.run(
            ["catalog", "describe", "\(database).orders", "--partitions", "--output", "json"],
            environment: emulator.environment())
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["database"] as? String == database)
        #expect(object["table"] as? String == "orders")
        #expect(object["location"] as? String == "s3://lake/shop/orders/")
        #expect((object["inputFormat"] as? String)?.hasSuffix("MapredParquetInputFormat") == true)
        #expect((object["serde"] as? String)?.hasSuffix("ParquetHiveSerDe") == true)
        #expect((object["serdeParameters"] as? [String: String]) == ["serialization.format": "1"])
        #expect((object["parameters"] as? [String: String])?["managed-by"] == "lakectl")
        let columns = try #require(object["columns"] as? [[String: Any]])
        #expect(columns.map { $0["name"] as? String } == ["order_id", "amount"])
        #expect(columns.map { $0["type"] as? String } == ["bigint", "decimal(10,2)"])
        #expect(columns[1]["comment"] as? String == "EUR")
        let keys = try #require(object["partitionKeys"] as? [[String: Any]])
        #expect(keys.map { $0["name"] as? String } == ["year"])
        let partitions = try #require(object["partitions"] as? [[String: Any]])
        #expect(partitions.map { $0["values"] as? [String] } == [["2024"]])
        #expect(partitions.first?["location"] as? String == "s3://lake/shop/orders/year=2024/")
    }

    @Test func describeAsTableAndCSV() async throws {
        let (emulator, database) = try await makeCatalog()
        let table = try await CLIRunner.run(
            ["catalog", "describe", "\(database).orders"], environment: emulator.environment())
        #expect(table.status == 0, "\(table.stderr)")
        let lines = table.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("location ") && $0.hasSuffix(" s3://lake/shop/orders/") })
        #expect(table.stdout.contains("decimal(10,2)"))
        let csv = try await CLIRunner.run(
            ["catalog", "describe", "\(database).orders", "--output", "csv"], environment: emulator.environment())
        #expect(csv.status == 0, "\(csv.stderr)")
        #expect(
            csv.stdout
                == "name,type,partitionKey,comment\norder_id,bigint,false,\namount,\"decimal(10,2)\",false,EUR\nyear,string,true,\n"
        )
    }

    @Test func missingDatabaseOrTableExitsOneNamingIt() async throws {
        let (emulator, database) = try await makeCatalog()
        let noTable = try await CLIRunner.run(
            ["catalog", "describe", "\(database).nothing"], environment: emulator.environment())
        #expect(noTable.status == 1)
        #expect(noTable.stderr.contains("Glue table nothing not found in database \(database)"))
        let noDatabase = try await CLIRunner.run(
            ["catalog", "tables", "no_such_db_x1"], environment: emulator.environment())
        #expect(noDatabase.status == 1)
        #expect(noDatabase.stderr.contains("Glue database no_such_db_x1 not found"))
        let noDescribeDatabase = try await CLIRunner.run(
            ["catalog", "describe", "no_such_db_x1.t"], environment: emulator.environment())
        #expect(noDescribeDatabase.status == 1)
        #expect(noDescribeDatabase.stderr.contains("Glue database no_such_db_x1 not found"))
        let badName = try await CLIRunner.run(
            ["catalog", "describe", "justatable"], environment: emulator.environment())
        #expect(badName.status == 64)
        #expect(badName.stderr.contains("DATABASE.TABLE"))
    }
}

/// The emulator's allowed key as a credential provider.
private struct EmulatorKey: CredentialProvider {
    let emulator: Emulator
    var name: String { "emulator key" }

    func credentials() async throws -> AWSCredentials? {
        AWSCredentials(accessKeyId: emulator.accessKeyId, secretAccessKey: emulator.secretAccessKey, source: "emulator")
    }
}
