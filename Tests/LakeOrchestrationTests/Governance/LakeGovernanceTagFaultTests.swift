import AWSCore
import AWSServices
import Foundation
import LakeTestSupport
import Testing

@testable import LakeOrchestration

/// LF-tags, a grant on a tag expression and a settings change through the fault proxy (500s, throttling, resets
/// before and after the emulator saw the request): each completes, a re-run is `unchanged`, and read back
/// without the proxy there is one definition, one assignment per key, one grant.
@Suite struct LakeGovernanceTagFaultTests {
    @Test(arguments: [5, 17])
    func tagFlowsUnderFaultsMakeNothingTwice(seed: Int) async throws {
        let direct = try EmulatorClients.client()
        let database = "tagf_" + EmulatorClients.unique("gov").replacingOccurrences(of: "-", with: "_")
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
        let key = "team_\(database)"
        let table = TagTarget.table(database: database, name: "orders")
        let sales = TagKeyValues(key: key, values: ["sales"])

        #expect(try await governance.createTag(TagKeyValues(key: key, values: ["sales", "ops"])) == "created")
        #expect(try await governance.createTag(TagKeyValues(key: key, values: ["sales", "ops"])) == "unchanged")
        #expect(try await governance.assignTags([sales], to: table) == "assigned")
        #expect(try await governance.assignTags([sales], to: table) == "unchanged")

        let request = GrantRequest(
            principal: "arn:aws:iam::123456789012:role/\(database)", target: .tags([sales], databases: false),
            permissions: ["SELECT", "DESCRIBE"])
        #expect(try await governance.grant(request).outcome == .granted)
        #expect(try await governance.grant(request).outcome == .unchanged)

        let catalog = "catalog-\(database)"
        let change = SettingsChange(addAdmins: ["arn:aws:iam::123456789012:role/admin"], iamAllowedDefaults: false)
        #expect(try await governance.updateSettings(change, catalogId: catalog).word == "updated")
        #expect(try await governance.updateSettings(change, catalogId: catalog) == .unchanged)
        let stats = try await proxy.stats()
        #expect(stats.faultsTotal > 0, "the schedule must inject faults for this test to mean anything")

        // Read back without the proxy.
        let lf = LakeFormationClient(client: direct)
        #expect(try await lf.getLFTag(key: key).tagValues.sorted() == ["ops", "sales"])
        let tags = try await lf.getResourceLFTags(LFResource(table: .init(databaseName: database, name: "orders")))
        #expect(tags.table.map(\.tagKey) == [key] && tags.table.first?.tagValues == ["sales"])
        let grants = try await lf.listPermissions(resource: governance.lfResource(request.target)).items
        #expect(grants.count == 1 && Set(grants.first?.permissions ?? []) == ["SELECT", "DESCRIBE"])
        let settings = try await lf.getDataLakeSettings(catalogId: catalog)
        #expect(settings.dataLakeAdmins.map(\.identifier) == ["arn:aws:iam::123456789012:role/admin"])
        #expect(!settings.createTableDefaultPermissions.contains { $0.principal == .iamAllowedPrincipals })

        #expect(try await governance.revoke(request).outcome == .revoked)
        #expect(try await governance.revoke(request).outcome == .notGranted)
        #expect(try await governance.unassignTags([sales], from: table) == "unassigned")
        #expect(try await governance.unassignTags([sales], from: table) == "not assigned")
        #expect(try await governance.deleteTag(key: key) == "deleted")
        #expect(try await governance.deleteTag(key: key) == "not found")
    }

    @Test func aTagOrValueThatIsNotDefinedIsRefusedBeforeAnythingIsSent() async throws {
        let governance = LakeGovernance(client: try EmulatorClients.client())
        let key = "undefined_" + EmulatorClients.unique("k").replacingOccurrences(of: "-", with: "_")
        let request = GrantRequest(
            principal: "arn:aws:iam::123456789012:role/x",
            target: .tags(
                [TagKeyValues(key: key, values: ["a"])],
                databases: false), permissions: ["SELECT"])
        await #expect(throws: GovernanceError.tagNotFound(key)) { try await governance.grant(request) }
        _ = try await governance.createTag(TagKeyValues(key: key, values: ["a"]))
        await #expect(throws: GovernanceError.tagValueNotAllowed(key: key, value: "b", allowed: ["a"])) {
            try await governance.assignTags(
                [TagKeyValues(key: key, values: ["b"])], to: .database("no_such_database_needed"))
        }
        _ = try await governance.deleteTag(key: key)
    }
}
