import AWSCore
import AWSServices
import Foundation
import LakeTestSupport
import Testing

@testable import LakeOrchestration

/// `ingest snapshot` as a plan (`--plan`), and the flow's answers to issue 9: Glue tables it does not
/// own, `--export-only` as typed, `--bucket s3://…`, and `--role ARN` used as it is.
@Suite struct SnapshotExportPlanTests {
    typealias Fixture = SnapshotExportPipelineTests.Fixture

    @Test func planShowsEverythingWritesNothingAndIsEmptyAfterARun() async throws {
        let fixture = try await Fixture.make()
        let database = Emulator.uniqueName("plan").replacingOccurrences(of: "-", with: "_")
        let plan = try await fixture.pipeline.plan(fixture.request(catalog: database))
        #expect(
            plan.changes.map { "\($0.action.rawValue) \($0.kind)" } == [
                "create iam policy", "create iam role", "update kms key grant", "create rds export task",
                "create glue database",
            ])
        let role = try #require(plan.changes.first { $0.kind == "iam role" })
        #expect(role.id == fixture.role)
        #expect(role.fields.contains { $0.field.hasPrefix("attached arn:aws:iam::123456789012:policy/") })
        #expect(try await !fixture.roleExists())

        let result = try await fixture.pipeline.run(fixture.request(catalog: database), wait: true, events: { _ in })
        #expect(result.plan.pending.count == plan.pending.count + 2)  // and the two tables, once exported
        let after = try await fixture.pipeline.plan(fixture.request(catalog: database))
        #expect(after.isEmpty, "\(after.pending)")
        #expect(after.changes.map(\.kind) == ["rds export task", "glue database", "glue table", "glue table"])
    }

    /// Issue 9, item 3: another team's table of the same name stops the catalog step before any Glue
    /// write, naming it; `adopt` takes it over and keeps its other parameters.
    @Test func catalogNeverOverwritesATableLakectlDidNotCreate() async throws {
        let fixture = try await Fixture.make()
        let glue = GlueClient(client: fixture.client)
        let database = Emulator.uniqueName("theirs").replacingOccurrences(of: "-", with: "_")
        try await glue.createDatabase(GlueDatabaseInput(name: database))
        let theirs = GlueTableInput(
            name: "orders", parameters: ["owner-team": "billing", "classification": "csv"],
            storageDescriptor: GlueStorageDescriptor(
                columns: [GlueColumn(name: "x", type: "int")], location: "s3://billing/orders/"))
        try await glue.createTable(database: database, theirs)

        let error = await #expect(throws: ResourceError.self) {
            try await fixture.pipeline.run(fixture.request(catalog: database), wait: true, events: { _ in })
        }
        #expect(error == .tableNotOwned(database: database, table: "orders", managedBy: nil))
        #expect(error?.description.contains("\(database).orders") == true)
        let kept = try await glue.getTable(database: database, name: "orders")
        #expect(kept.parameters == theirs.parameters)
        #expect(kept.storageDescriptor?.location == "s3://billing/orders/")
        // Nothing else in the catalog was written either.
        #expect(try await glue.allTables(database: database).map(\.name) == ["orders"])

        // Named in --export-only, the table is known before the export: refused before anything is made.
        let early = await #expect(throws: ResourceError.self) {
            try await fixture.pipeline.run(
                fixture.request(catalog: database, exportOnly: ["shop.orders"]), wait: true, events: { _ in })
        }
        #expect(early == .tableNotOwned(database: database, table: "orders", managedBy: nil))
        let rds = RDSClient(client: fixture.client)
        let snapshotArn = try await rds.findSnapshot(fixture.snapshot).arn
        let tasks = try await rds.describeExportTasks(sourceArn: snapshotArn).items.filter {
            $0.sourceArn == snapshotArn
        }
        #expect(tasks.count == 1)  // the whole-snapshot export above; none for shop.orders
        #expect(tasks.allSatisfy { $0.exportOnly.isEmpty })

        var adopting = fixture.request(catalog: database)
        adopting.adopt = true
        let adopted = try await fixture.pipeline.run(adopting, wait: true, events: { _ in })
        #expect(adopted.catalog.map(\.table) == ["customers", "orders"])
        let taken = try await glue.getTable(database: database, name: "orders")
        #expect(taken.parameters?["managed-by"] == "lakectl")
        #expect(taken.parameters?["owner-team"] == "billing")
    }

    /// Issue 9, item 5: names after `--export-only` are split on commas, and an export that matched no
    /// table is an error naming the filter, not COMPLETE with exit 0.
    @Test func exportOnlyIsSplitAndAnEmptyExportIsAnError() async throws {
        let fixture = try await Fixture.make()
        let both = try await fixture.pipeline.run(
            fixture.request(exportOnly: ["shop.orders,shop.customers"]), wait: true, events: { _ in })
        #expect(both.tables.map(\.target) == ["shop.customers", "shop.orders"])
        #expect(both.task.exportOnly.sorted() == ["shop.customers", "shop.orders"])

        let error = await #expect(throws: PipelineError.self) {
            try await fixture.pipeline.run(fixture.request(exportOnly: ["shop.nosuch"]), wait: true, events: { _ in })
        }
        guard case .exportMatchedNothing(_, let filter)? = error else {
            Issue.record("expected exportMatchedNothing, got \(String(describing: error))")
            return
        }
        #expect(filter == ["shop.nosuch"])
        #expect(error?.description.contains("shop.nosuch") == true)
    }

    /// Issue 9, item 8: `--bucket s3://bucket/prefix` is the bucket and the prefix.
    @Test func anS3URLIsTakenAsBucketAndPrefix() async throws {
        let fixture = try await Fixture.make()
        var request = fixture.request()
        request.bucket = "s3://\(fixture.bucket)/from-url/"
        request.prefix = ""
        let result = try await fixture.pipeline.run(request, wait: false, events: { _ in })
        #expect(result.exportLocation == "s3://\(fixture.bucket)/from-url/\(result.taskId)/")
        #expect(result.task.s3Bucket == fixture.bucket)
        #expect(result.task.s3Prefix == "from-url")
    }

    /// Issue 9, item 6: `--role ARN` of an existing role is used as it is (no policy created or
    /// attached), and a re-run finds its task before ensuring anything.
    @Test func aGivenRoleIsUsedAsItIsAndAReRunEnsuresNothing() async throws {
        let fixture = try await Fixture.make()
        let iam = IAMClient(client: fixture.client)
        let role = try await iam.createRole(
            name: fixture.role, trustPolicy: TrustPolicy.service(ExportAccess.servicePrincipal).canonicalJSON(),
            description: nil, tags: [])
        let request = SnapshotExportRequest(
            snapshot: fixture.snapshot, bucket: fixture.bucket, prefix: "exports", kmsKey: fixture.keyArn,
            roleName: role.arn)
        let plan = try await fixture.pipeline.plan(request)
        #expect(plan.changes.map(\.kind) == ["kms key grant", "rds export task"])

        let result = try await fixture.pipeline.run(request, wait: false, events: { _ in })
        #expect(result.task.iamRoleArn == role.arn)
        #expect(result.access.steps.map(\.resource) == ["key policy"])
        #expect(try await iam.listAttachedRolePolicies(roleName: fixture.role).isEmpty)
        let policyName = ExportAccess.policyName(
            roleName: fixture.role, location: S3Location(bucket: fixture.bucket, prefix: "exports"))
        #expect(try await IAMResources(iam: iam).findPolicy(policyName) == nil)
        #expect(try await IAMResources(iam: iam).findPolicy("\(fixture.role)-policy") == nil)

        // Again: the task is found first, so nothing is ensured (not even the key grant).
        let again = try await fixture.pipeline.run(request, wait: false, events: { _ in })
        #expect(!again.started)
        #expect(again.access.steps.isEmpty)
        #expect(again.access.roleArn == role.arn)
    }
}
