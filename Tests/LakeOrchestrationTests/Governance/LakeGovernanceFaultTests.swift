import AWSCore
import AWSServices
import Foundation
import LakeTestSupport
import Testing

@testable import LakeOrchestration

/// A filtered grant, its re-run and its revoke through the fault proxy (500s, throttling, resets before and after
/// the emulator saw the request): the flow completes and nothing is made twice — one filter, one grant — and a
/// revoke whose first attempt went through is not reported as an error on its retry.
@Suite struct LakeGovernanceFaultTests {
    @Test(arguments: [3, 11, 29])
    func grantAndRevokeUnderFaultsMakeNothingTwice(seed: Int) async throws {
        let direct = try EmulatorClients.client()
        let database = "fault_" + EmulatorClients.unique("gov").replacingOccurrences(of: "-", with: "_")
        let glue = GlueClient(client: direct)
        try await glue.createDatabase(GlueDatabaseInput(name: database))
        try await glue.createTable(
            database: database,
            GlueTableInput(
                name: "orders",
                storageDescriptor: .parquet(
                    columns: [GlueColumn(name: "id", type: "bigint"), GlueColumn(name: "country", type: "string")],
                    location: "s3://lake/\(database)/orders/")))
        let proxy = try await FaultProxy.start(
            rate: 0.35, seed: seed, kinds: [.internalError, .throttle, .resetBefore, .resetAfter])
        defer { proxy.stop() }
        let governance = LakeGovernance(client: proxy.client(maxAttempts: 10))
        let request = GrantRequest(
            principal: "arn:aws:iam::123456789012:role/\(database)", target: .table(database: database, name: "orders"),
            columns: .include(["id"]), rowFilter: "country = 'KR'", permissions: ["SELECT"])

        let first = try await governance.grant(request)
        #expect(first.outcome == .granted || first.outcome == .unchanged)
        #expect(try await governance.grant(request).outcome == .unchanged)
        let stats = try await proxy.stats()
        #expect(stats.faultsTotal > 0, "the schedule must inject faults for this test to mean anything")

        // Read back without the proxy: one filter, one grant.
        let lf = LakeFormationClient(client: direct)
        let filters = try await lf.listDataCellsFilter(table: .init(databaseName: database, name: "orders")).items
        #expect(filters.count == 1)
        let id = try #require(filters.first?.id)
        let grants = try await lf.listPermissions(resource: LFResource(dataCellsFilter: id)).items
        #expect(grants.count == 1 && grants.first?.permissions == ["SELECT"])

        let revoked = try await governance.revoke(request)
        #expect(revoked.outcome == .revoked)
        #expect(try await lf.listDataCellsFilter(table: .init(databaseName: database, name: "orders")).items.isEmpty)
        #expect(try await governance.revoke(request).outcome == .notGranted)
    }

    /// A revoke whose answer is lost after Lake Formation applied it meets "no permissions" on its retry: still
    /// `revoked`, not an error. Seeds are tried until RevokePermissions itself met a reset-after.
    @Test func aRevokeAppliedBeforeAResetIsStillRevoked() async throws {
        let direct = try EmulatorClients.client()
        let lf = LakeFormationClient(client: direct)
        let proxy = try await FaultProxy.start(rate: 0.5, seed: 1, kinds: [.resetAfter])
        defer { proxy.stop() }
        let governance = LakeGovernance(client: proxy.client(maxAttempts: 10))
        var revokesThatMetAReset = 0
        for seed in 1...12 where revokesThatMetAReset == 0 {
            let database = "fault_" + EmulatorClients.unique("rv").replacingOccurrences(of: "-", with: "_")
            let principal = LFPrincipal("arn:aws:iam::123456789012:role/\(database)")
            try await lf.grantPermissions(
                LFPrincipalPermissions(
                    principal: principal, resource: LFResource(database: .init(name: database)),
                    permissions: ["DESCRIBE"]))
            try await proxy.configure(seed: seed)
            try await proxy.reset()
            let result = try await governance.revoke(
                GrantRequest(principal: principal.identifier, target: .database(database), permissions: ["DESCRIBE"]))
            #expect(result.outcome == .revoked, "seed \(seed)")
            let stats = try await proxy.stats()
            let revokeOperation = stats.operations.first { $0.key.contains("RevokePermissions") }?.value
            revokesThatMetAReset += revokeOperation?.faults[FaultKind.resetAfter.rawValue] ?? 0
            #expect(
                try await lf.listPermissions(
                    principal: principal, resource: LFResource(database: .init(name: database))
                ).items.isEmpty)
        }
        #expect(revokesThatMetAReset > 0, "no seed made RevokePermissions meet a reset-after")
    }
}
