import AWSCore
import Foundation
import LakeTestSupport
import Testing

@testable import AWSServices

/// LF-tags against the emulator (signature checking on): moto's tag store with the gap layer's fixes — an
/// undefined key is EntityNotFound, a defined one cannot be created twice, assigning sets one value per key
/// (keeping the other keys) and refuses a value the key does not have, and grants on tag expressions are found
/// by ListPermissions.
@Suite struct LakeFormationTagsEmulatorTests {
    static func database(_ client: AWSClient) async throws -> String {
        let database = EmulatorClient.uniqueName("tags").replacingOccurrences(of: "-", with: "_")
        try await GlueClient(client: client).createDatabase(GlueDatabaseInput(name: database))
        try await GlueClient(client: client).createTable(
            database: database,
            GlueTableInput(
                name: "orders",
                storageDescriptor: .parquet(
                    columns: [GlueColumn(name: "id", type: "bigint"), GlueColumn(name: "email", type: "string")],
                    location: "s3://lake/orders/")))
        return database
    }

    @Test func tagDefinitionsLifecycle() async throws {
        let lf = LakeFormationClient(client: try EmulatorClient.make())
        let key = EmulatorClient.uniqueName("team")
        let missing = await #expect(throws: AWSError.self) { try await lf.getLFTag(key: key) }
        #expect(missing?.hasCode(LakeFormationClient.ErrorCode.entityNotFound) == true)

        try await lf.createLFTag(key: key, values: ["sales", "ops"])
        let twice = await #expect(throws: AWSError.self) { try await lf.createLFTag(key: key, values: ["x"]) }
        #expect(twice?.hasCode(LakeFormationClient.ErrorCode.alreadyExists) == true)
        #expect(try await lf.getLFTag(key: key).tagValues.sorted() == ["ops", "sales"])

        try await lf.updateLFTag(key: key, adding: ["hr"], removing: ["ops"])
        #expect(try await lf.getLFTag(key: key).tagValues.sorted() == ["hr", "sales"])
        let listed = try await lf.listLFTagsPages().collect().flatMap(\.items)
        #expect(listed.first { $0.tagKey == key }?.tagValues.sorted() == ["hr", "sales"])

        try await lf.deleteLFTag(key: key)
        let gone = await #expect(throws: AWSError.self) { try await lf.deleteLFTag(key: key) }
        #expect(gone?.hasCode(LakeFormationClient.ErrorCode.entityNotFound) == true)
    }

    @Test func assigningSetsOneValuePerKeyAndKeepsOtherKeys() async throws {
        let client = try EmulatorClient.make()
        let lf = LakeFormationClient(client: client)
        let database = try await Self.database(client)
        let team = EmulatorClient.uniqueName("team")
        let tier = EmulatorClient.uniqueName("tier")
        try await lf.createLFTag(key: team, values: ["sales", "ops"])
        try await lf.createLFTag(key: tier, values: ["gold"])
        let table = LFResource(table: .init(databaseName: database, name: "orders"))
        #expect(try await lf.getResourceLFTags(table).table.isEmpty)

        #expect(try await lf.addLFTagsToResource(table, tags: [LFTagPair(tagKey: team, tagValues: ["sales"])]).isEmpty)
        #expect(try await lf.addLFTagsToResource(table, tags: [LFTagPair(tagKey: tier, tagValues: ["gold"])]).isEmpty)
        #expect(try await lf.addLFTagsToResource(table, tags: [LFTagPair(tagKey: team, tagValues: ["ops"])]).isEmpty)
        let tags = try await lf.getResourceLFTags(table).table
        #expect(Set(tags.map { "\($0.tagKey)=\($0.tagValues.joined())" }) == ["\(team)=ops", "\(tier)=gold"])

        let refused = try await lf.addLFTagsToResource(
            table, tags: [LFTagPair(tagKey: team, tagValues: ["finance"])])
        #expect(refused.map(\.errorCode) == ["EntityNotFoundException"])

        let columns = LFResource(
            tableWithColumns: .init(databaseName: database, name: "orders", columnNames: ["email"]))
        #expect(try await lf.addLFTagsToResource(columns, tags: [LFTagPair(tagKey: tier, tagValues: ["gold"])]).isEmpty)
        #expect(try await lf.getResourceLFTags(columns).columns.map(\.name) == ["email"])

        _ = try await lf.removeLFTagsFromResource(table, tags: [LFTagPair(tagKey: team, tagValues: ["ops"])])
        #expect(try await lf.getResourceLFTags(table).table.map(\.tagKey) == [tier])
    }

    @Test func grantsOnTagExpressionsAreListedByTheirResource() async throws {
        let lf = LakeFormationClient(client: try EmulatorClient.make())
        let key = EmulatorClient.uniqueName("team")
        try await lf.createLFTag(key: key, values: ["sales", "ops"])
        let principal = LFPrincipal("arn:aws:iam::123456789012:role/\(EmulatorClient.uniqueName("analyst"))")
        let policy = LFResource(
            lfTagPolicy: LFTagPolicy(resourceType: "TABLE", expression: [LFTagPair(tagKey: key, tagValues: ["sales"])]))
        try await lf.grantPermissions(
            LFPrincipalPermissions(principal: principal, resource: policy, permissions: ["SELECT", "DESCRIBE"]))
        let listed = try await lf.listPermissions(principal: principal, resource: policy).items
        #expect(listed.count == 1)
        #expect(listed.first?.resource.lfTagPolicy?.expression.first?.tagValues == ["sales"])
        let other = LFResource(
            lfTagPolicy: LFTagPolicy(resourceType: "TABLE", expression: [LFTagPair(tagKey: key, tagValues: ["ops"])]))
        #expect(try await lf.listPermissions(principal: principal, resource: other).items.isEmpty)
    }

    @Test func settingsKeepTheFieldsLakectlDoesNotModelThroughAPut() async throws {
        let lf = LakeFormationClient(client: try EmulatorClient.make())
        let catalog = EmulatorClient.uniqueName("catalog")
        var settings = try await lf.getDataLakeSettings(catalogId: catalog)
        #expect(!settings.otherFields.isEmpty, "moto answers more settings than lakectl models")
        let before = settings.otherFields
        settings.dataLakeAdmins = [LFPrincipal("arn:aws:iam::123456789012:role/admin")]
        try await lf.putDataLakeSettings(settings, catalogId: catalog)
        let after = try await lf.getDataLakeSettings(catalogId: catalog)
        #expect(after.otherFields == before)
        #expect(after.dataLakeAdmins == settings.dataLakeAdmins)
    }
}
