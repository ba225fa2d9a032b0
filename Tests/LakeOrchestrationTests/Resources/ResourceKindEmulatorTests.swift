import AWSCore
import AWSServices
import Foundation
import LakeTestSupport
import Testing

@testable import LakeOrchestration

/// Every resource kind against the emulator (signature checking on): applying a plan leaves nothing to
/// do (a fresh plan is all `noop`), and a create planned before someone else created the resource (a
/// retried request whose first attempt reached AWS) is answered "already exists" and treated as found.
@Suite struct ResourceKindEmulatorTests {
    /// Plans, applies, and checks that a second plan is empty.
    static func applyThenReplan<Kind: ResourceKind>(_ kind: Kind, _ desired: Kind.Desired) async throws
        -> PlannedChange
    {
        let step = try await PlannedStep(kind: kind, desired: desired)
        _ = try await step.apply()
        let again = try await PlannedStep(kind: kind, desired: desired)
        #expect(again.change.action == .noop, "\(again.change)")
        return step.change
    }

    /// Plans a create, lets "someone else" create the resource, then applies the stale plan.
    static func staleCreateIsFound<Kind: ResourceKind>(_ kind: Kind, _ desired: Kind.Desired) async throws {
        let stale = try await PlannedStep(kind: kind, desired: desired)
        #expect(stale.change.action == .create)
        _ = try await kind.ensure(desired)
        _ = try await stale.apply()
        let again = try await PlannedStep(kind: kind, desired: desired)
        #expect(again.change.action == .noop, "\(again.change)")
    }

    @Test func managedPolicy() async throws {
        let kind = ManagedPolicyResource(resources: IAMResources(iam: try EmulatorClients.iam()))
        let name = EmulatorClients.unique("plan-policy")
        let first = PolicyGenerator.forRDSExport(bucket: "lake", prefix: "a")
        #expect(try await Self.applyThenReplan(kind, .init(name: name, document: first)).action == .create)
        let second = PolicyGenerator.forRDSExport(bucket: "lake", prefix: "b")
        #expect(try await Self.applyThenReplan(kind, .init(name: name, document: second)).action == .update)
        try await Self.staleCreateIsFound(kind, .init(name: EmulatorClients.unique("plan-policy"), document: first))
    }

    @Test func role() async throws {
        let iam = IAMResources(iam: try EmulatorClients.iam())
        let policy = try await iam.ensureManagedPolicy(
            name: EmulatorClients.unique("plan-role-policy"), document: PolicyGenerator.forRDSExport(bucket: "lake"))
        let kind = RoleResource(resources: iam)
        let trust = TrustPolicy.service("export.rds.amazonaws.com")
        let name = EmulatorClients.unique("plan-role")
        let inline = ["extra": PolicyGenerator.forGlueCrawler(bucket: "lake")]
        let created = try await Self.applyThenReplan(
            kind, .init(name: name, trust: trust, attach: [policy.arn], inline: inline))
        #expect(created.action == .create)
        let updated = try await Self.applyThenReplan(
            kind, .init(name: name, trust: TrustPolicy.service("glue.amazonaws.com"), attach: [policy.arn]))
        #expect(updated.fields.map(\.field) == ["trust policy"])
        try await Self.staleCreateIsFound(
            kind, .init(name: EmulatorClients.unique("plan-role"), trust: trust, attach: [policy.arn]))
    }

    @Test func keyGrant() async throws {
        let kms = try EmulatorClients.kms()
        let key = try await kms.createKey(description: "plan")
        let role = "arn:aws:iam::123456789012:role/\(EmulatorClients.unique("grant"))"
        let change = try await Self.applyThenReplan(KeyGrantResource(kms: kms), .init(keyId: key.arn, roleArn: role))
        #expect(change.action == .update)
    }

    @Test func glueDatabaseAndTable() async throws {
        let glue = GlueClient(client: try EmulatorClients.client())
        let database = EmulatorClients.unique("plandb").replacingOccurrences(of: "-", with: "_")
        let created = try await Self.applyThenReplan(GlueDatabaseResource(glue: glue), .init(name: database))
        #expect(created.action == .create)
        try await Self.staleCreateIsFound(
            GlueDatabaseResource(glue: glue),
            .init(name: EmulatorClients.unique("plandb").replacingOccurrences(of: "-", with: "_")))

        let kind = GlueTableResource(glue: glue)
        func input(_ name: String, _ location: String) -> GlueTableInput {
            GlueTableInput(
                name: name, parameters: [Ownership.key: Ownership.value],
                storageDescriptor: .parquet(columns: [GlueColumn(name: "id", type: "bigint")], location: location))
        }
        let table = try await Self.applyThenReplan(
            kind, .init(database: database, input: input("orders", "s3://lake/a/")))
        #expect(table.action == .create)
        let moved = try await Self.applyThenReplan(
            kind, .init(database: database, input: input("orders", "s3://lake/b/")))
        #expect(moved.fields.map(\.field) == ["location"])
        try await Self.staleCreateIsFound(kind, .init(database: database, input: input("customers", "s3://lake/c/")))
    }

    @Test func glueTableOfAnotherTeamIsAdoptedKeepingItsParameters() async throws {
        let glue = GlueClient(client: try EmulatorClients.client())
        let database = EmulatorClients.unique("plandb").replacingOccurrences(of: "-", with: "_")
        try await glue.createDatabase(GlueDatabaseInput(name: database))
        try await glue.createTable(
            database: database,
            GlueTableInput(
                name: "orders", parameters: ["owner-team": "billing"],
                storageDescriptor: .parquet(columns: [GlueColumn(name: "x", type: "int")], location: "s3://other/")))
        let desired = GlueTableResource.Desired(
            database: database,
            input: GlueTableInput(
                name: "orders", parameters: [Ownership.key: Ownership.value],
                storageDescriptor: .parquet(columns: [GlueColumn(name: "id", type: "bigint")], location: "s3://lake/")),
            adopt: true)
        let change = try await Self.applyThenReplan(GlueTableResource(glue: glue), desired)
        #expect(change.fields.map(\.field) == ["columns", "location", "managed-by"])
        let table = try await glue.getTable(database: database, name: "orders")
        #expect(table.parameters?["owner-team"] == "billing")
        #expect(table.parameters?[Ownership.key] == Ownership.value)
    }

    @Test func exportTask() async throws {
        let emulator = try Emulator.current()
        let client = emulator.client()
        let rds = RDSClient(client: client)
        let instance = Emulator.uniqueName("plandb")
        _ = try await rds.createDBInstance(
            identifier: instance, masterPassword: "test-password-1", databaseName: "shop")
        let snapshot = try await rds.createDBSnapshot(
            identifier: Emulator.uniqueName("plansnap"), instanceIdentifier: instance)
        try await emulator.control(
            "/lakectl-emulator/rds/dataset", #"{"dbInstanceIdentifier": "\#(instance)", "dataset": "shop"}"#)
        let bucket = Emulator.uniqueName("planlake")
        try await S3Client(client: client).createBucket(bucket, region: emulator.region)
        let key = try await KMSClient(client: client).createKey(description: "plan")
        func desired(_ id: String) -> RDSClient.ExportRequest {
            RDSClient.ExportRequest(
                identifier: id, sourceArn: snapshot.arn, s3Bucket: bucket,
                iamRoleArn: "arn:aws:iam::123456789012:role/plan-export", kmsKeyId: key.arn)
        }
        let kind = ExportTaskResource(rds: rds)
        let change = try await Self.applyThenReplan(kind, desired(Emulator.uniqueName("plantask")))
        #expect(change.action == .create)
        try await Self.staleCreateIsFound(kind, desired(Emulator.uniqueName("plantask")))
    }
}
