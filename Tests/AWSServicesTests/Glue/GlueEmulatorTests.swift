import AWSCore
import Foundation
import Testing

@testable import AWSServices

/// The catalog operations against the emulator with signature checking on.
@Suite struct GlueEmulatorTests {
    @Test func databaseAndTableLifecycle() async throws {
        let glue = GlueClient(client: try EmulatorClient.make())
        let database = EmulatorClient.uniqueName("shop").replacingOccurrences(of: "-", with: "_")
        try await glue.createDatabase(
            GlueDatabaseInput(name: database, description: "test shop", locationUri: "s3://lake/shop/"))
        let again = await #expect(throws: AWSError.self) {
            try await glue.createDatabase(GlueDatabaseInput(name: database))
        }
        #expect(again?.hasCode(GlueClient.ErrorCode.alreadyExists) == true)
        #expect(try await glue.getDatabase(database).description == "test shop")
        #expect(try await glue.allDatabases().contains { $0.name == database })

        let columns = [
            GlueColumn(name: "order_id", type: "bigint"),
            GlueColumn(name: "amount", type: "decimal(10,2)", comment: "EUR"),
        ]
        var input = GlueTableInput(
            name: "orders", parameters: ["classification": "parquet"],
            storageDescriptor: .parquet(columns: columns, location: "s3://lake/shop/orders/"),
            partitionKeys: [GlueColumn(name: "year", type: "string")])
        try await glue.createTable(database: database, input)
        try await glue.createTable(
            database: database,
            GlueTableInput(
                name: "customers", storageDescriptor: .parquet(columns: columns, location: "s3://lake/shop/customers/"))
        )

        let table = try await glue.getTable(database: database, name: "orders")
        #expect(table.storageDescriptor?.columns == columns)
        #expect(table.partitionKeys?.map(\.name) == ["year"])
        #expect(table.storageDescriptor?.serdeInfo?.serializationLibrary?.hasSuffix("ParquetHiveSerDe") == true)
        #expect(table.createTime != nil)

        input.storageDescriptor?.columns?.append(GlueColumn(name: "status", type: "string"))
        try await glue.updateTable(database: database, input)
        #expect(try await glue.getTable(database: database, name: "orders").storageDescriptor?.columns?.count == 3)

        try await glue.createPartition(
            database: database, table: "orders",
            GluePartition(
                values: ["2024"],
                storageDescriptor: .parquet(columns: columns, location: "s3://lake/shop/orders/year=2024/")))
        let partitions = try await glue.allPartitions(database: database, table: "orders")
        #expect(partitions.map(\.values) == [["2024"]])
        #expect(partitions.first?.storageDescriptor?.location == "s3://lake/shop/orders/year=2024/")

        #expect(try await glue.allTables(database: database).map(\.name).sorted() == ["customers", "orders"])
        try await glue.deleteTable(database: database, name: "customers")
        let gone = await #expect(throws: AWSError.self) {
            try await glue.getTable(database: database, name: "customers")
        }
        #expect(gone?.hasCode(GlueClient.ErrorCode.entityNotFound) == true)

        try await glue.deleteTable(database: database, name: "orders")
        try await glue.deleteDatabase(database)
        let noDatabase = await #expect(throws: AWSError.self) { try await glue.getDatabase(database) }
        #expect(noDatabase?.hasCode(GlueClient.ErrorCode.entityNotFound) == true)
    }
}
