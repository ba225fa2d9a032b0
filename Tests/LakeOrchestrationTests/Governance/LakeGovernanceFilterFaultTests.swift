import AWSCore
import AWSServices
import Foundation
import LakeTestSupport
import Testing

@testable import LakeOrchestration

/// `filter create`/`filter delete` and `lf register` through the fault proxy (500s, throttling, resets before
/// and after the emulator saw the request): each completes, a re-run is `unchanged` / `not found`, and read
/// back without the proxy there is one filter (then none) and one registration.
@Suite struct LakeGovernanceFilterFaultTests {
    @Test(arguments: [7, 23])
    func filterAndRegisterUnderFaultsMakeNothingTwice(seed: Int) async throws {
        let direct = try EmulatorClients.client()
        let database = "filtf_" + EmulatorClients.unique("gov").replacingOccurrences(of: "-", with: "_")
        let glue = GlueClient(client: direct)
        try await glue.createDatabase(GlueDatabaseInput(name: database))
        try await glue.createTable(
            database: database,
            GlueTableInput(
                name: "orders",
                storageDescriptor: .parquet(
                    columns: [GlueColumn(name: "id", type: "bigint"), GlueColumn(name: "email", type: "string")],
                    location: "s3://lake/\(database)/orders/")))
        let proxy = try await FaultProxy.start(
            rate: 0.35, seed: seed, kinds: [.internalError, .throttle, .resetBefore, .resetAfter])
        defer { proxy.stop() }
        let governance = LakeGovernance(client: proxy.client(maxAttempts: 10))
        let spec = FilterSpec(
            database: database, table: "orders", name: "no-email", rowFilter: "id > 1", columns: .exclude(["email"]))

        let created = try await governance.createFilter(spec)
        #expect(created == "created" || created == "unchanged")
        #expect(try await governance.createFilter(spec) == "unchanged")
        let lf = LakeFormationClient(client: direct)
        let table = LFResource.Table(databaseName: database, name: "orders")
        #expect(try await lf.listDataCellsFilter(table: table).items.map(\.name) == ["no-email"])

        let location = "s3://lake/\(database)/"
        let role = "arn:aws:iam::123456789012:role/\(database)"
        let registered = try await governance.register(location: location, roleArn: role)
        #expect(registered == "registered" || registered == "unchanged")
        #expect(try await governance.register(location: location, roleArn: role) == "unchanged")

        let deleted = try await governance.deleteFilter(database: database, table: "orders", name: "no-email")
        #expect(deleted == "deleted" || deleted == "not found")
        #expect(try await governance.deleteFilter(database: database, table: "orders", name: "no-email") == "not found")
        let stats = try await proxy.stats()
        #expect(stats.faultsTotal > 0, "the schedule must inject faults for this test to mean anything")

        // Read back without the proxy.
        #expect(try await lf.listDataCellsFilter(table: table).items.isEmpty)
        let resources = try await lf.listResourcesPages().collect().flatMap(\.items)
            .filter { $0.resourceArn == "arn:aws:s3:::lake/\(database)" }
        #expect(resources.map(\.roleArn) == [role])
    }
}
