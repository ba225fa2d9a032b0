import AWSCore
import AWSServices
import Testing

@testable import LakeOrchestration

@Suite struct ExportAccessEmulatorTests {
    @Test func preparesEverythingOnceThenChangesNothing() async throws {
        let iam = IAMResources(iam: try EmulatorClients.iam())
        let kms = KMSResources(kms: try EmulatorClients.kms())
        let key = try await kms.kms.createKey(description: "exports")
        let role = EmulatorClients.unique("export-role")

        let first = try await ExportAccess.ensure(
            iam: iam, kms: kms, roleName: role, bucket: "lake", prefix: "exports", kmsKey: key.keyId)
        #expect(first.steps.map(\.change) == [.created, .created, .updated(["key policy"])])
        #expect(first.roleArn == "arn:aws:iam::123456789012:role/\(role)")
        #expect(first.keyArn == key.arn)
        let policy = try #require(try await iam.findPolicy("\(role)-policy"))
        #expect(try await iam.defaultDocument(of: policy).statement(sid: "ExportKey")?.resource == [key.arn])

        let second = try await ExportAccess.ensure(
            iam: iam, kms: kms, roleName: role, bucket: "lake", prefix: "exports/", kmsKey: key.arn)
        #expect(second.isUnchanged)

        let moved = try await ExportAccess.ensure(
            iam: iam, kms: kms, roleName: role, bucket: "lake", prefix: "other", kmsKey: key.arn)
        #expect(moved.steps.map(\.change) == [.updated(["document"]), .unchanged, .unchanged])
    }
}
