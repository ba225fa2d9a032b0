import AWSCore
import AWSServices
import Foundation
import LakeConfig
import LakeTestSupport
import Testing

@testable import LakeOrchestration

/// The LAKEFILE.md example, exactly as `lakectl init` writes it (and as config/lake.yaml holds it), applied from
/// nothing in an emulator of its own (its names are fixed) with signature checking on. What it references but does
/// not declare is made first through the service clients: the IAM roles its teams and admins name, the RDS snapshot
/// `shop-db-snapshot` (the gap layer exports its `lakefile-example` fixture from it: the database `shop` with the
/// columns the example names), and the Glue table `raw.clickstream` that
/// the stream converts with (a crawler would have made it, so `raw` exists too). Then one `apply --wait` converges:
/// the next plan is empty, and `lakectl plan --detailed-exitcode` exits 0. Again through the fault proxy at 20%.
@Suite struct LakeFileExampleEmulatorTests {
    /// The plan of the example from nothing, after the prerequisites: every create, in LAKEFILE.md's order.
    static let firstPlan = [
        "create kms key alias/shop-lake",
        "create s3 bucket shop-lake-123456789012",
        "create s3 bucket shop-athena-results-123456789012",
        "create iam role policy analyst/lakectl-athena-analysts",
        "create glue database shop",
        "update lf admins data lake administrators",
        "create lf location arn:aws:s3:::shop-lake-123456789012",
        "create lf tag sensitivity",
        "create glue crawler raw-events",
        "create glue job orders-daily",
        "create firehose delivery stream clickstream",
        "create athena workgroup analysts",
        "create rds export task shop-db-snapshot",
        "create lf tag assignment shop.customers columns email,phone",
        "create lf data cells filter shop.orders/analysts__shop__orders",
        "create lf data cells filter shop.customers/analysts__shop__customers",
        "create lf data cells filter shop.orders/kr-sales__shop__orders",
        "create lf grant arn:aws:iam::123456789012:role/analyst on database shop",
        "create lf grant arn:aws:iam::123456789012:role/analyst on filter shop.orders/analysts__shop__orders",
        "create lf grant arn:aws:iam::123456789012:role/analyst on filter shop.customers/analysts__shop__customers",
        "create lf grant arn:aws:iam::123456789012:role/kr-sales on filter shop.orders/kr-sales__shop__orders",
        "create lf grant arn:aws:iam::123456789012:role/kr-sales on tag-policy tables tagged sensitivity=public",
    ]

    struct Lake {
        let emulator: Emulator
        let folder: LakeFileFolder
        var client: AWSClient { emulator.client() }
        var path: String { folder.root.appendingPathComponent("lake.yaml").path }

        static func make(_ emulator: Emulator) async throws -> Lake {
            let lake = Lake(emulator: emulator, folder: try LakeFileFolder())
            try lake.folder.write("lake.yaml", LakeFileExample.text)
            try lake.folder.write(LakeFileExample.jobScriptPath, LakeFileExample.jobScript)
            try await lake.prerequisites()
            return lake
        }

        func plan(client: AWSClient? = nil) async throws -> LakeFilePlan {
            try await LakeFilePlanner(client: client ?? self.client).plan(
                try folder.load(LakeFileExample.text), prune: false)
        }

        /// What the example names but does not make.
        func prerequisites() async throws {
            let iam = IAMClient(client: client)
            let trust = TrustPolicy.service("glue.amazonaws.com").canonicalJSON(pretty: false)
            for role in ["lake-admin", "analyst", "kr-sales"] {
                _ = try await iam.createRole(name: role, trustPolicy: trust, tags: [])
            }
            let rds = RDSClient(client: client)
            _ = try await rds.createDBInstance(
                identifier: "shop-db", masterPassword: "test-password-1", databaseName: "shop")
            _ = try await rds.createDBSnapshot(identifier: "shop-db-snapshot", instanceIdentifier: "shop-db")
            try await emulator.control(
                "/lakectl-emulator/rds/dataset", #"{"dbInstanceIdentifier": "shop-db", "dataset": "lakefile-example"}"#)
            let glue = GlueClient(client: client)
            try await glue.createDatabase(GlueDatabaseInput(name: "raw"))
            try await glue.createTable(
                database: "raw",
                GlueTableInput(
                    name: "clickstream",
                    storageDescriptor: .parquet(
                        columns: [
                            GlueColumn(name: "event_id", type: "string"), GlueColumn(name: "user_id", type: "bigint"),
                            GlueColumn(name: "page", type: "string"), GlueColumn(name: "ts", type: "timestamp"),
                        ], location: "s3://shop-lake-123456789012/raw/clickstream/")))
        }

        /// Read back after convergence: one of each, whatever retries happened.
        func expectNothingMadeTwice() async throws {
            let kms = KMSClient(client: client)
            var made = 0
            for id in try await kms.allKeyIds()
            where try await kms.keyTags(id).contains(KMSTag("lakectl-alias", "alias/shop-lake")) {
                if try await kms.describeKey(id).keyState == "Enabled" { made += 1 }
            }
            #expect(made == 1, "enabled keys made for alias/shop-lake: \(made)")
            let rds = RDSClient(client: client)
            let arn = try await rds.findSnapshot("shop-db-snapshot").arn
            #expect(try await rds.describeExportTasks(sourceArn: arn).items.filter { $0.sourceArn == arn }.count == 1)
            let lf = LakeFormationClient(client: client)
            let filters = try await lf.listDataCellsFilter(table: .init(databaseName: "shop", name: "orders")).items
            #expect(filters.map(\.name).sorted() == ["analysts__shop__orders", "kr-sales__shop__orders"])
            let tables = try await GlueClient(client: client).allTables(database: "shop").map(\.name)
            #expect(tables.sorted() == ["customers", "orders"])
        }
    }

    static func summary(_ plan: LakeFilePlan) -> [String] {
        plan.plan.pending.map { "\($0.action.rawValue) \($0.kind) \($0.id)" }
    }

    @Test func theExampleIsConfigLakeYaml() throws {
        let repository = try String(
            contentsOf: Fixtures.repositoryRoot.appendingPathComponent("config/lake.yaml"), encoding: .utf8)
        #expect(repository == LakeFileExample.text)
    }

    @Test func theExampleAppliedFromNothingThenPlanDetailedExitcodeIsZero() async throws {
        let server = try await PrivateEmulator.start()
        defer { server.stop() }
        let lake = try await Lake.make(server.emulator)
        defer { lake.folder.remove() }
        let first = try await lake.plan()
        #expect(Self.summary(first) == Self.firstPlan)
        #expect(first.plan.pending.count { $0.action == .create } == 21)

        var applier = LakeFileApplier(client: lake.client)
        applier.waitForExports = true
        applier.clock = ManualClock()
        let outcome = await applier.apply(first)
        #expect(
            outcome.failed == nil, "\(outcome.failed.map { "\($0.kind) \($0.id)" } ?? ""): \(outcome.failure ?? "")")
        let second = try await lake.plan()
        #expect(second.plan.isEmpty, "\(Self.summary(second))")
        let cli = try await CLIRunner.run(
            ["plan", "--config", lake.path, "--detailed-exitcode"], environment: server.emulator.environment())
        #expect(cli.status == 0, "\(cli.stdout)\(cli.stderr)")
        #expect(cli.stdout.contains("No changes"), "\(cli.stdout)")
        try await lake.expectNothingMadeTwice()
    }

    @Test(arguments: [3])
    func theExampleAppliedFromNothingThroughFaultsConverges(seed: Int) async throws {
        let server = try await PrivateEmulator.start()
        defer { server.stop() }
        let lake = try await Lake.make(server.emulator)
        defer { lake.folder.remove() }
        #expect(Self.summary(try await lake.plan()) == Self.firstPlan)
        try await expectConvergesThroughFaults(
            seed: seed, maxAttempts: 4, rounds: 10, upstream: server.emulator, waitForExports: true
        ) { client in try await lake.plan(client: client) }
        let after = try await lake.plan()
        #expect(after.plan.isEmpty, "\(Self.summary(after))")
        try await lake.expectNothingMadeTwice()
    }
}
