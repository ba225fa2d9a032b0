import AWSCore
import AWSServices
import Foundation
import LakeConfig
import LakeTestSupport
import Testing

@testable import LakeOrchestration

/// Athena workgroups, LF-tags and tag assignments in a lake file against the emulator (signature checking on):
/// planned as creates with their fields, applied, a second plan empty, an edit planned as an update naming the
/// differing fields, and apply through the fault proxy converging with nothing made twice.
@Suite struct LakeFileKindsEmulatorTests {
    struct Lake {
        let client: AWSClient
        let suffix: String
        var database: String { "lk_\(suffix)" }
        var workgroup: String { "wg-\(suffix)" }
        /// LF-tag keys are account-wide: one per test.
        var key: String { "sens_\(suffix)" }

        static func make() throws -> Lake {
            let suffix = UniqueSuffix.make()
            return Lake(client: try EmulatorClients.client(), suffix: String(suffix))
        }

        var reader: String { "arn:aws:iam::123456789012:role/reader-\(suffix)" }

        /// `team`: a team with an LF-tag expression grant (`tagGrant`) or only a database grant.
        func text(
            cutoff: String = "10GB", values: String = "public, pii", tableTag: String = "public", team: Bool = false,
            tagGrant: Bool = true
        ) -> String {
            var text = """
                version: 1
                region: us-east-1
                tags: { lake-test: "\(suffix)" }
                databases:
                  \(database): {}
                workgroups:
                  \(workgroup):
                    output: s3://results-${account}-\(suffix)/analysts/
                    bytes_scanned_cutoff: \(cutoff)
                    enforce_configuration: true
                lake_formation:
                  tags:
                    \(key): [\(values)]
                  tag_assignments:
                    - { table: \(database).customers, columns: [email, phone], tags: { \(key): pii } }
                    - { table: \(database).orders, tags: { \(key): \(tableTag) } }

                """
            guard team else { return text }
            text += """
                teams:
                  readers:
                    principals: ["arn:aws:iam::${account}:role/reader-\(suffix)"]
                    grants:
                      - { database: \(database), permissions: [DESCRIBE] }

                """
            if tagGrant { text += "      - { tag: { \(key): [public] }, permissions: [SELECT, DESCRIBE] }\n" }
            return text
        }

        func plan(_ text: String, prune: Bool, client: AWSClient? = nil) async throws -> LakeFilePlan {
            try await LakeFilePlanner(client: client ?? self.client).plan(
                try LakeFileLoader.parse(text, file: "lake.yaml"), prune: prune)
        }

        func plan(_ text: String, client: AWSClient? = nil) async throws -> LakeFilePlan {
            try await plan(text, prune: false, client: client)
        }

        func apply(_ text: String, prune: Bool = false) async throws {
            let outcome = await LakeFileApplier(client: client).apply(try await plan(text, prune: prune))
            #expect(outcome.failed == nil, "\(outcome.failure ?? "")")
        }

        /// The tables the assignments name, as a crawler would make them.
        func makeTables() async throws {
            let glue = GlueClient(client: client)
            try await glue.createDatabase(GlueDatabaseInput(name: database))
            let columns = [
                GlueColumn(name: "id", type: "bigint"), GlueColumn(name: "email", type: "string"),
                GlueColumn(name: "phone", type: "string"),
            ]
            for table in ["customers", "orders"] {
                try await glue.createTable(
                    database: database,
                    GlueTableInput(
                        name: table,
                        storageDescriptor: .parquet(columns: columns, location: "s3://lake-\(suffix)/\(table)/")))
            }
        }
    }

    static func summary(_ plan: LakeFilePlan) -> [String] {
        plan.plan.pending.map { "\($0.action.rawValue) \($0.kind) \($0.id)" }
    }

    @Test func workgroupsTagsAndAssignmentsAreAppliedThenASecondPlanIsEmpty() async throws {
        let lake = try Lake.make()
        try await lake.makeTables()
        let first = try await lake.plan(lake.text())
        #expect(
            Self.summary(first) == [
                "create lf tag \(lake.key)", "create athena workgroup \(lake.workgroup)",
                "create lf tag assignment \(lake.database).customers columns email,phone",
                "create lf tag assignment \(lake.database).orders",
            ])
        #expect(!first.warnings.contains { $0.contains("workgroups") || $0.contains("lake_formation.tags") })
        let workgroup = try #require(first.plan.pending.dropFirst().first)
        #expect(workgroup.fields.contains(FieldChange("bytes scanned cutoff", old: nil, new: "10000000000")))
        #expect(
            workgroup.fields.contains(
                FieldChange("output location", old: nil, new: "s3://results-123456789012-\(lake.suffix)/analysts/")))
        try await lake.apply(lake.text())
        let second = try await lake.plan(lake.text())
        #expect(second.plan.isEmpty, "\(Self.summary(second))")

        let live = try await AthenaClient(client: lake.client).getWorkGroup(name: lake.workgroup)
        #expect(live.bytesScannedCutoffPerQuery == 10_000_000_000 && live.enforceWorkGroupConfiguration == true)
        let lf = LakeFormationClient(client: lake.client)
        let columns = try await lf.getResourceLFTags(
            LFResource(
                tableWithColumns: .init(
                    databaseName: lake.database, name: "customers", columnNames: ["email", "phone"])))
        #expect(columns.columns.map(\.name).sorted() == ["email", "phone"])
        #expect(columns.columns.allSatisfy { $0.tags.map(\.tagValues) == [["pii"]] })
    }

    @Test func editsArePlannedAsUpdatesWithTheDifferingFieldsAndConverge() async throws {
        let lake = try Lake.make()
        try await lake.makeTables()
        try await lake.apply(lake.text())
        let edited = lake.text(cutoff: "20GB", values: "public, pii, internal", tableTag: "internal")
        let plan = try await lake.plan(edited)
        #expect(
            Self.summary(plan) == [
                "update lf tag \(lake.key)", "update athena workgroup \(lake.workgroup)",
                "update lf tag assignment \(lake.database).orders",
            ])
        #expect(plan.plan.pending[0].fields == [FieldChange("values", old: "pii,public", new: "internal,pii,public")])
        #expect(
            plan.plan.pending[2].fields == [
                FieldChange("tags", old: "\(lake.key)=public", new: "\(lake.key)=internal")
            ])
        #expect(
            plan.plan.pending[1].fields == [
                FieldChange("bytes scanned cutoff", old: "10000000000", new: "20000000000")
            ])
        try await lake.apply(edited)
        let again = try await lake.plan(edited)
        #expect(again.plan.isEmpty, "\(Self.summary(again))")
        let tags = try await LakeFormationClient(client: lake.client).getResourceLFTags(
            LFResource(table: .init(databaseName: lake.database, name: "orders")))
        #expect(tags.table.map(\.tagValues) == [["internal"]])
    }

    @Test(arguments: [5, 17])
    func applyUnderFaultsConvergesWithNothingMadeTwice(seed: Int) async throws {
        let lake = try Lake.make()
        try await lake.makeTables()
        // Three attempts: this plan also reads the tables' LF-tags and the tagged resources --prune would weigh.
        try await expectConvergesThroughFaults(seed: seed, maxAttempts: 3) { client in
            try await lake.plan(lake.text(team: true), client: client)
        }
        // Read back without the proxy: one workgroup, one tag definition, one value per key, and a direct plan empty.
        let athena = AthenaClient(client: lake.client)
        #expect(try await athena.listWorkGroups().filter { $0.name == lake.workgroup }.count == 1)
        let lf = LakeFormationClient(client: lake.client)
        #expect(try await lf.getLFTag(key: lake.key).tagValues.sorted() == ["pii", "public"])
        let orders = try await lf.getResourceLFTags(
            LFResource(table: .init(databaseName: lake.database, name: "orders")))
        #expect(orders.table.map(\.tagValues) == [["public"]])
        let grants = try await lf.listPermissions(
            principal: LFPrincipal(lake.reader),
            resource: LFResource(
                lfTagPolicy: LFTagPolicy(
                    resourceType: "TABLE", expression: [LFTagPair(tagKey: lake.key, tagValues: ["public"])]))
        ).items
        #expect(grants.count == 1 && Set(grants.first?.permissions ?? []) == ["SELECT", "DESCRIBE"])
        #expect(try await lake.plan(lake.text(team: true)).plan.isEmpty)
    }

    @Test func aTagExpressionGrantIsAppliedOnceAndRevokedOnlyWithPrune() async throws {
        let lake = try Lake.make()
        try await lake.makeTables()
        try await lake.apply(lake.text())
        let grant = "create lf grant \(lake.reader) on tag-policy tables tagged \(lake.key)=public"
        let first = try await lake.plan(lake.text(team: true))
        #expect(
            Self.summary(first) == [
                "create lf grant \(lake.reader) on database \(lake.database)", grant,
            ])
        #expect(first.plan.pending.last?.fields == [FieldChange("permissions", old: nil, new: "SELECT,DESCRIBE")])
        try await lake.apply(lake.text(team: true))
        let second = try await lake.plan(lake.text(team: true), prune: true)
        #expect(second.plan.isEmpty, "\(Self.summary(second))")

        let removed = lake.text(team: true, tagGrant: false)
        #expect(try await lake.plan(removed).plan.isEmpty)
        let pruned = try await lake.plan(removed, prune: true)
        #expect(
            Self.summary(pruned) == ["delete lf grant \(lake.reader) on tag-policy tables tagged \(lake.key)=public"])
        try await lake.apply(removed, prune: true)
        #expect(try await lake.plan(removed, prune: true).plan.isEmpty)
    }
}
