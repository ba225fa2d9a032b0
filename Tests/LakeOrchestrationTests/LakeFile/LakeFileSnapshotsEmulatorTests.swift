import AWSCore
import AWSServices
import Foundation
import LakeConfig
import LakeTestSupport
import Testing

@testable import LakeOrchestration

/// `snapshots:` against the emulator (signature checking on; the export gap layer runs the task over polls):
/// the export is planned as `ingest snapshot --plan` shows it, stays pending in the plan while it runs, and once
/// complete its tables are cataloged and a plan is empty.
@Suite struct LakeFileSnapshotsEmulatorTests {
    typealias Fixture = SnapshotExportPipelineTests.Fixture

    static func text(_ fixture: Fixture, suffix: String, database: String) -> String {
        """
        version: 1
        region: us-east-1
        tags: { lake-test: "\(suffix)" }
        kms_keys:
          exports: { alias: alias/exports-\(suffix) }
        buckets:
          lake: { name: \(fixture.bucket), versioning: false }
        databases:
          \(database): {}
        snapshots:
          nightly-\(suffix):
            snapshot: \(fixture.snapshot)
            bucket: lake
            prefix: exports
            kms_key: exports
            catalog: \(database)

        """
    }

    static func plan(_ text: String, client: AWSClient) async throws -> LakeFilePlan {
        try await LakeFilePlanner(client: client).plan(try LakeFileLoader.parse(text, file: "lake.yaml"), prune: false)
    }

    @Test func anExportIsStartedStaysPendingWhileItRunsThenItsTablesAreCataloged() async throws {
        let fixture = try await Fixture.make()
        let suffix = UniqueSuffix.make()
        let database = "snap_\(suffix)"
        let text = Self.text(fixture, suffix: String(suffix), database: database)
        let first = try await Self.plan(text, client: fixture.client)
        #expect(first.warnings.isEmpty, "\(first.warnings)")
        // Its key is made by this plan, so the export is one change until the key exists.
        #expect(
            first.plan.pending.map { "\($0.action.rawValue) \($0.kind) \($0.id)" }.last
                == "create rds export task \(fixture.snapshot)")

        // Apply until the plan is empty: the first apply starts the export, later ones find it (pending while it
        // runs) and, once it is complete, catalog its tables.
        var sawPending = false
        var converged = false
        for _ in 0..<8 {
            let plan = try await Self.plan(text, client: fixture.client)
            if plan.plan.isEmpty {
                converged = true
                break
            }
            sawPending =
                sawPending
                || plan.plan.pending.contains { $0.kind == "rds export task" && $0.fields.first?.field == "status" }
            let outcome = await LakeFileApplier(client: fixture.client).apply(plan)
            #expect(outcome.failed == nil, "\(outcome.failure ?? "")")
        }
        #expect(converged && sawPending)
        let tables = try await GlueClient(client: fixture.client).allTables(database: database).map(\.name)
        #expect(tables.sorted() == ["customers", "orders"])
        let rds = RDSClient(client: fixture.client)
        let snapshotArn = try await rds.findSnapshot(fixture.snapshot).arn
        let tasks = try await rds.describeExportTasks(sourceArn: snapshotArn).items.filter {
            $0.sourceArn == snapshotArn
        }
        #expect(tasks.count == 1)
        // The export's own role, so another export's bucket never rewrites its policy.
        _ = try await IAMClient(client: fixture.client).getRole(name: LakeFileSnapshots.roleName("nightly-\(suffix)"))
    }

    @Test func withWaitOneApplyExportsAndCatalogs() async throws {
        let fixture = try await Fixture.make()
        let suffix = UniqueSuffix.make()
        let database = "snap_\(suffix)"
        let text = Self.text(fixture, suffix: String(suffix), database: database)
        var applier = LakeFileApplier(client: fixture.client)
        applier.waitForExports = true
        applier.clock = ManualClock()
        // One apply: the key, then the export started, waited for and cataloged.
        let outcome = await applier.apply(try await Self.plan(text, client: fixture.client))
        #expect(outcome.failed == nil, "\(outcome.failure ?? "")")
        let after = try await Self.plan(text, client: fixture.client)
        #expect(after.plan.isEmpty, "\(after.plan.pending.map(\.id))")
        let tables = try await GlueClient(client: fixture.client).allTables(database: database).map(\.name)
        #expect(tables.sorted() == ["customers", "orders"])
    }

    /// One seed: the export pipeline's own fault tests cover its steps; this covers the lake file's re-runs.
    @Test(arguments: [5])
    func applyUnderFaultsConvergesWithOneExport(seed: Int) async throws {
        let fixture = try await Fixture.make()
        let suffix = UniqueSuffix.make()
        let database = "snap_\(suffix)"
        let text = Self.text(fixture, suffix: String(suffix), database: database)
        // Twelve rounds: the export moves one state per poll, and each round polls it about twice.
        try await expectConvergesThroughFaults(seed: seed, rounds: 12) { client in
            try await Self.plan(text, client: client)
        }
        let rds = RDSClient(client: fixture.client)
        let snapshotArn = try await rds.findSnapshot(fixture.snapshot).arn
        let tasks = try await rds.describeExportTasks(sourceArn: snapshotArn).items.filter {
            $0.sourceArn == snapshotArn
        }
        #expect(tasks.count == 1)
        #expect(try await Self.plan(text, client: fixture.client).plan.isEmpty)
    }
}
