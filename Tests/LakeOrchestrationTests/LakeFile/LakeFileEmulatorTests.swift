import AWSCore
import AWSServices
import Foundation
import LakeConfig
import LakeTestSupport
import Testing

@testable import LakeOrchestration

/// plan → apply → plan-is-empty for the lake file's governed part against the emulator (signature checking on;
/// data cells filters from the gap layer), and each kind of edit giving exactly the expected plan.
@Suite struct LakeFileEmulatorTests {
    /// A lake whose database and teams are unique to one test, with a table made the way a crawler or a snapshot
    /// export would (those sections are not planned yet).
    struct Lake {
        let client: AWSClient
        let database: String
        let suffix: String

        static func make() async throws -> Lake {
            let client = try EmulatorClients.client()
            let suffix = UniqueSuffix.make()
            return Lake(client: client, database: "lf_\(suffix)", suffix: String(suffix))
        }

        func principal(_ team: String) -> String { "arn:aws:iam::${account}:role/\(team)-\(suffix)" }

        /// The database alone: what a first apply makes before the tables exist. The test's own `tags:` keep
        /// `--prune` to what this test made (the emulator is shared by tests running at once).
        var databaseOnly: String {
            "version: 1\nregion: us-east-1\ntags: { lake-test: \"\(suffix)\" }\ndatabases:\n  \(database):\n"
                + "    description: governed by a lake file test\n"
                + "    location: s3://lake-${account}-\(suffix)/\(database)/\n"
        }

        func text(analystsFilter: String = "status <> 'cancelled'", extraTeam: Bool = false, describe: Bool = true)
            -> String
        {
            var text =
                databaseOnly + """
                    teams:
                      analysts:
                        principals: ["\(principal("analyst"))"]
                        grants:

                    """
            if describe { text += "      - { database: \(database), permissions: [DESCRIBE] }\n" }
            text += """
                      - table: \(database).orders
                        permissions: [SELECT]
                        exclude_columns: [customer_id]
                        row_filter: "\(analystsFilter)"
                      - { table: \(database).customers, permissions: [SELECT] }

                """
            if extraTeam {
                text += """
                      kr-sales:
                        principals: ["\(principal("kr-sales"))"]
                        grants:
                          - { table: \(database).orders, permissions: [SELECT], row_filter: "country = 'KR'" }

                    """
            }
            return text
        }

        func load(_ text: String) throws -> LakeFile { try LakeFileLoader.parse(text, file: "lake.yaml") }

        /// The tables the grants name, made after the database exists (apply creates the database).
        func makeTables() async throws {
            let glue = GlueClient(client: client)
            let columns = [
                GlueColumn(name: "order_id", type: "bigint"), GlueColumn(name: "customer_id", type: "bigint"),
                GlueColumn(name: "status", type: "string"), GlueColumn(name: "country", type: "string"),
            ]
            for table in ["orders", "customers"] {
                try await glue.createTable(
                    database: database,
                    GlueTableInput(
                        name: table,
                        storageDescriptor: .parquet(columns: columns, location: "s3://lake-\(suffix)/\(table)/")))
            }
        }

        func plan(_ text: String, prune: Bool = false, client: AWSClient? = nil) async throws -> LakeFilePlan {
            try await LakeFilePlanner(client: client ?? self.client).plan(try load(text), prune: prune)
        }

        func apply(_ text: String, prune: Bool = false) async throws {
            let plan = try await plan(text, prune: prune)
            let outcome = await LakeFileApplier(client: client).apply(plan)
            #expect(outcome.failed == nil, "\(outcome.failure ?? "")")
        }

        var lf: LakeFormationClient { LakeFormationClient(client: client) }
    }

    static func summary(_ plan: LakeFilePlan) -> [String] {
        plan.plan.pending.map { "\($0.action.rawValue) \($0.kind) \($0.id)" }
    }

    @Test func appliedFromNothingThenASecondPlanIsEmpty() async throws {
        let lake = try await Lake.make()
        let first = try await lake.plan(lake.databaseOnly)
        #expect(Self.summary(first) == ["create glue database \(lake.database)"])
        try await lake.apply(lake.databaseOnly)
        let created = try await GlueClient(client: lake.client).getDatabase(lake.database)
        #expect(created.locationUri == "s3://lake-123456789012-\(lake.suffix)/\(lake.database)/")
        #expect(created.parameters?["managed-by"] == "lakectl" && created.description == "governed by a lake file test")
        try await lake.makeTables()
        let second = try await lake.plan(lake.text())
        let analyst = "arn:aws:iam::123456789012:role/analyst-\(lake.suffix)"
        #expect(
            Self.summary(second) == [
                "create lf data cells filter \(lake.database).orders/analysts__\(lake.database)__orders",
                "create lf grant \(analyst) on database \(lake.database)",
                "create lf grant \(analyst) on filter \(lake.database).orders/analysts__\(lake.database)__orders",
                "create lf grant \(analyst) on table \(lake.database).customers",
            ])
        try await lake.apply(lake.text())
        let third = try await lake.plan(lake.text(), prune: true)
        #expect(third.plan.isEmpty, "\(Self.summary(third))")
        let filters = try await lake.lf.listDataCellsFilter(table: .init(databaseName: lake.database, name: "orders"))
            .items
        #expect(filters.count == 1 && filters.first?.columnWildcard?.excludedColumnNames == ["customer_id"])
    }

    @Test func editsGiveExactlyTheExpectedPlanAndConverge() async throws {
        let lake = try await Lake.make()
        try await lake.apply(lake.databaseOnly)
        try await lake.makeTables()
        try await lake.apply(lake.text())
        let filter = "\(lake.database).orders/analysts__\(lake.database)__orders"

        // A changed row filter: one update, with the old and new expression.
        let changed = lake.text(analystsFilter: "status = 'open'")
        let update = try await lake.plan(changed)
        #expect(Self.summary(update) == ["update lf data cells filter \(filter)"])
        #expect(
            update.plan.pending.first?.fields == [
                FieldChange("row_filter", old: "status <> 'cancelled'", new: "status = 'open'")
            ])
        try await lake.apply(changed)
        #expect(try await lake.plan(changed).plan.isEmpty)

        // A new team: its filter and its grant.
        let added = lake.text(analystsFilter: "status = 'open'", extraTeam: true)
        let krFilter = "\(lake.database).orders/kr-sales__\(lake.database)__orders"
        let kr = "arn:aws:iam::123456789012:role/kr-sales-\(lake.suffix)"
        #expect(
            Self.summary(try await lake.plan(added)) == [
                "create lf data cells filter \(krFilter)", "create lf grant \(kr) on filter \(krFilter)",
            ])
        try await lake.apply(added)
        #expect(try await lake.plan(added).plan.isEmpty)

        // A removed grant: nothing without --prune, a delete with it.
        let removed = lake.text(analystsFilter: "status = 'open'", extraTeam: true, describe: false)
        #expect(try await lake.plan(removed).plan.isEmpty)
        let analyst = "arn:aws:iam::123456789012:role/analyst-\(lake.suffix)"
        #expect(
            Self.summary(try await lake.plan(removed, prune: true)) == [
                "delete lf grant \(analyst) on database \(lake.database)"
            ])
        try await lake.apply(removed, prune: true)
        #expect(try await lake.plan(removed, prune: true).plan.isEmpty)
    }

    @Test func whatLakectlDidNotCreateIsNeverDeleted() async throws {
        let lake = try await Lake.make()
        try await lake.apply(lake.databaseOnly)
        try await lake.makeTables()
        try await lake.apply(lake.text())
        // Someone else's filter on a governed table (not in the file's naming pattern) and a grant on an
        // undeclared database.
        let other = "other_\(lake.suffix)"
        try await GlueClient(client: lake.client).createDatabase(GlueDatabaseInput(name: other))
        try await lake.lf.grantPermissions(
            LFPrincipalPermissions(
                principal: LFPrincipal("arn:aws:iam::123456789012:role/someone-\(lake.suffix)"),
                resource: LFResource(database: .init(name: other)), permissions: ["DESCRIBE"]))
        try await lake.lf.createDataCellsFilter(
            FilterSpec(
                database: lake.database, table: "orders", name: "hand_made", rowFilter: "country = 'US'", columns: .all
            )
            .lf(catalogId: "123456789012"))
        let plan = try await lake.plan(lake.text(), prune: true)
        #expect(plan.plan.isEmpty, "\(Self.summary(plan))")
    }

    @Test func iamAllowedPrincipalsOnAGovernedTableIsWarnedAboutUntilTheFileRevokesIt() async throws {
        let lake = try await Lake.make()
        try await lake.apply(lake.databaseOnly)
        try await lake.makeTables()
        // What Lake Formation's default settings give every new table: IAM policies alone decide access.
        try await lake.lf.grantPermissions(
            LFPrincipalPermissions(
                principal: .iamAllowedPrincipals,
                resource: LFResource(table: .init(databaseName: lake.database, name: "orders")),
                permissions: ["ALL"]))
        let warned = try await lake.plan(lake.databaseOnly)
        #expect(warned.plan.isEmpty, "\(Self.summary(warned))")
        #expect(
            warned.warnings.contains {
                $0.hasPrefix("IAM_ALLOWED_PRINCIPALS holds ALL on table \(lake.database).orders")
                    && $0.hasSuffix("add \(lake.database) to lake_formation.revoke_iam_allowed_principals")
            }, "\(warned.warnings)")
        // Declared in revoke_iam_allowed_principals: revoked without --prune, and no warning left.
        let governed =
            lake.databaseOnly + "lake_formation:\n  revoke_iam_allowed_principals: [\(lake.database)]\n"
        let revoke = try await lake.plan(governed)
        #expect(
            Self.summary(revoke) == [
                "delete lf grant IAM_ALLOWED_PRINCIPALS on table \(lake.database).orders"
            ])
        #expect(!revoke.warnings.contains { $0.hasPrefix("IAM_ALLOWED_PRINCIPALS") })
        try await lake.apply(governed)
        let after = try await lake.plan(governed)
        #expect(after.plan.isEmpty && !after.warnings.contains { $0.hasPrefix("IAM_ALLOWED_PRINCIPALS") })
    }

    @Test func adminsAndLocationsAreAddedOnceAndNeverRemoved() async throws {
        let lake = try await Lake.make()
        let admin = "arn:aws:iam::123456789012:role/lake-admin-\(lake.suffix)"
        let text =
            lake.databaseOnly + """
                buckets:
                  lake: { name: "lake-${account}-\(lake.suffix)" }
                lake_formation:
                  admins: ["arn:aws:iam::${account}:role/lake-admin-\(lake.suffix)"]
                  locations:
                    - { bucket: lake, prefix: "" }

                """
        let plan = try await lake.plan(text)
        let arn = "arn:aws:s3:::lake-123456789012-\(lake.suffix)"
        #expect(
            Self.summary(plan) == [
                "create s3 bucket lake-123456789012-\(lake.suffix)", "create glue database \(lake.database)",
                "update lf admins data lake administrators", "create lf location \(arn)",
            ])
        try await lake.apply(text)
        #expect(try await lake.plan(text, prune: true).plan.isEmpty)
        let settings = try await lake.lf.getDataLakeSettings()
        #expect(settings.dataLakeAdmins.filter { $0.identifier == admin }.count == 1)
        let registered = try await lake.lf.listResourcesPages().collect().flatMap(\.items).map(\.resourceArn)
        #expect(registered.filter { $0 == arn }.count == 1)
    }

    @Test func aStreamIsCreatedWithItsGeneratedRoleOnceAndThenUnchanged() async throws {
        let lake = try await Lake.make()
        let bucket = "lake-\(lake.suffix)"
        try await S3Client(client: lake.client).createBucket(bucket)
        // The converted stream's schema table, as a crawler would make it.
        let glue = GlueClient(client: lake.client)
        try await glue.createDatabase(GlueDatabaseInput(name: lake.database))
        try await glue.createTable(
            database: lake.database,
            GlueTableInput(
                name: "clicks",
                storageDescriptor: .parquet(
                    columns: [GlueColumn(name: "id", type: "bigint")], location: "s3://\(bucket)/clicks/")))
        let text = """
            version: 1
            region: us-east-1
            buckets:
              lake: { name: \(bucket) }
            streams:
              clicks-\(lake.suffix):
                bucket: lake
                prefix: "raw/clicks/"
                error_prefix: "errors/clicks/"
                buffer: { size: 64MiB, interval: 60s }
                compression: SNAPPY
              converted-\(lake.suffix):
                bucket: lake
                parquet: { database: \(lake.database), table: clicks }
            databases:
              \(lake.database): {}

            """
        let missing = text.replacingOccurrences(of: "table: clicks }", with: "table: views }")
        #expect(
            try await lake.plan(missing).warnings.contains(
                "stream converted-\(lake.suffix): its Parquet schema table \(lake.database).views does not exist yet: "
                    + "the stream will fail on apply until a crawler or snapshot export creates it"))
        let plan = try await lake.plan(text)
        #expect(!plan.warnings.contains { $0.contains("Parquet schema table") })
        let converted = try #require(plan.plan.pending.first { $0.id == "converted-\(lake.suffix)" })
        #expect(converted.action == .create)
        #expect(converted.fields.contains(FieldChange("parquet table", old: nil, new: "\(lake.database).clicks")))
        let stream = try #require(plan.plan.pending.first { $0.kind == DeliveryStreamResource.kind })
        #expect(stream.action == .create && stream.id == "clicks-\(lake.suffix)")
        #expect(stream.fields.contains(FieldChange("buffer size MB", old: nil, new: "64")))
        #expect(stream.fields.contains { $0.field == "compression" && $0.new == "Snappy" })
        try await lake.apply(text)
        #expect(try await lake.plan(text).plan.isEmpty)
        let live = try await FirehoseClient(client: lake.client).describeDeliveryStream(name: "clicks-\(lake.suffix)")
        #expect(live.s3Destination?.roleARN == "arn:aws:iam::123456789012:role/lakectl-firehose-clicks-\(lake.suffix)")
        #expect(live.s3Destination?.bufferingHints?.intervalInSeconds == 60)
        let parquet = try await FirehoseClient(client: lake.client).describeDeliveryStream(
            name: "converted-\(lake.suffix)")
        #expect(parquet.s3Destination?.dataFormatConversion?.table == "\(lake.database).clicks")
    }

    @Test func aRowFilterNamingAColumnTheCatalogLacksStopsThePlanAtItsLine() async throws {
        let lake = try await Lake.make()
        try await lake.apply(lake.databaseOnly)
        try await lake.makeTables()
        let text = lake.text(analystsFilter: "colour = 'red'")
        do {
            _ = try await lake.plan(text)
            Issue.record("the plan should have been refused")
        } catch let error as LakeFileProblems {
            #expect(error.errors.count == 1)
            #expect(error.errors.first?.path == "teams.analysts.grants[1].row_filter")
            #expect(error.errors.first?.location.line == 16)  // the row_filter line of the second grant
            #expect(error.errors.first?.problem.contains("colour") == true)
        }
    }

    @Test func anotherAccountStopsBeforeAnyRead() async throws {
        let lake = try await Lake.make()
        let text = lake.text().replacingOccurrences(
            of: "region: us-east-1", with: "region: us-east-1\naccount: \"999999999999\"")
        await #expect(throws: LakeFileError.self) { try await lake.plan(text) }
    }

    @Test func aSavedPlanIsRefusedAfterDrift() async throws {
        let lake = try await Lake.make()
        try await lake.apply(lake.databaseOnly)
        try await lake.makeTables()
        let saved = try await lake.plan(lake.text())
        try LakeFileApplier.checkSaved(saved, against: try await lake.plan(lake.text()))
        // Drift: someone grants one of the planned grants by hand.
        try await lake.lf.grantPermissions(
            LFPrincipalPermissions(
                principal: LFPrincipal("arn:aws:iam::123456789012:role/analyst-\(lake.suffix)"),
                resource: LFResource(table: .init(databaseName: lake.database, name: "customers")),
                permissions: ["SELECT"]))
        let fresh = try await lake.plan(lake.text())
        #expect(throws: LakeFileError.self) { try LakeFileApplier.checkSaved(saved, against: fresh) }
    }

    @Test(arguments: [5, 17])
    func applyUnderFaultsConvergesWithNoDuplicates(seed: Int) async throws {
        let lake = try await Lake.make()
        try await lake.apply(lake.databaseOnly)
        try await lake.makeTables()
        // Re-running apply after a failure finishes the job (a few rounds at most).
        try await expectConvergesThroughFaults(seed: seed) { client in
            try await lake.plan(lake.text(extraTeam: true), client: client)
        }
        // Read back without the proxy: no duplicates, and a direct plan is empty.
        let filters = try await lake.lf.listDataCellsFilter(table: .init(databaseName: lake.database, name: "orders"))
            .items
        #expect(
            filters.map(\.name).sorted() == [
                "analysts__\(lake.database)__orders", "kr-sales__\(lake.database)__orders",
            ])
        #expect(try await lake.plan(lake.text(extraTeam: true)).plan.isEmpty)
    }
}
