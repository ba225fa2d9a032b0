import AWSCore
import AWSServices
import Foundation
import LakeTestSupport
import Testing

@testable import LakeOrchestration

/// `ingest snapshot` through the fault proxy (EMULATOR.md, "Fault injection"; issue 8, item 4): 500s, 503s,
/// throttling, resets before and after the emulator saw the request, cut-off replies and replies slower than
/// the client's timeout. The flow must finish (re-running it when a step runs out of retries, as an operator
/// would) and leave exactly one policy version, role, key grant, export task and Glue table each — read
/// back straight from the emulator, not through the proxy. When the faults never stop, the error says what
/// was done and how to finish.
@Suite(.serialized) struct SnapshotExportFaultTests {
    @Test func finishesUnderTwentyPercentFaultsWithNothingMadeTwice() async throws {
        let fixture = try await SnapshotExportPipelineTests.Fixture.make()
        let seed = Int(ProcessInfo.processInfo.environment["LAKECTL_FAULT_SEED"] ?? "") ?? 20_261_204
        let proxy = try await FaultProxy.start(rate: 0.2, seed: seed, slowSeconds: 2.5)
        defer { proxy.stop() }
        var pipeline = SnapshotExportPipeline(
            client: proxy.client(maxAttempts: 4, timeoutSeconds: 2), clock: ManualClock())
        pipeline.pollSeconds = (1, 1)
        let database = Emulator.uniqueName("shopfaults")
        var result: SnapshotExportResult?
        var interruptions: [InterruptedFlow] = []
        for _ in 0..<8 where result == nil {
            do {
                result = try await pipeline.run(fixture.request(catalog: database), wait: true, events: { _ in })
            } catch let stopped as InterruptedFlow {
                interruptions.append(stopped)
            }
        }
        let stats = try await proxy.stats()
        print(
            "snapshot flow under faults: \(stats.requests) requests, faults \(stats.faultsTotal) by kind \(stats.faults.sorted { $0.key < $1.key }), "
                + "\(interruptions.count) re-run(s)")
        let done = try #require(result, "still failing after 8 runs: \(interruptions.map(\.description))")
        #expect(stats.faultsTotal > 0)

        // Exactly one of everything, read back without the proxy.
        let client = fixture.client
        let iam = IAMClient(client: client)
        let policies = try await iam.allPolicies(scope: .local).filter { $0.policyName.hasPrefix(fixture.role) }
        #expect(policies.count == 1, "\(policies.map(\.policyName))")
        for policy in policies {
            #expect(try await iam.listPolicyVersions(arn: policy.arn).count == 1)
        }
        #expect(try await iam.allRoles().filter { $0.roleName == fixture.role }.count == 1)
        #expect(try await iam.listAttachedRolePolicies(roleName: fixture.role).count == 1)
        let keyPolicy = try await KMSClient(client: client).getKeyPolicy(fixture.keyId)
        #expect(keyPolicy.components(separatedBy: "role/\(fixture.role)\"").count - 1 == 1, "\(keyPolicy)")
        let tasks = try await RDSClient(client: client).describeExportTasks().items
            .filter { $0.sourceArn == done.snapshotArn }
        #expect(tasks.count == 1)
        let tables = try await GlueClient(client: client).allTables(database: database).map(\.name)
        #expect(tables.sorted() == done.catalog.map(\.table).sorted())
        #expect(Set(tables).count == tables.count)
        #expect(!tables.isEmpty)
    }

    @Test func faultsThatNeverStopEndWithHowToFinish() async throws {
        let fixture = try await SnapshotExportPipelineTests.Fixture.make()
        let proxy = try await FaultProxy.start(rate: 1, seed: 1, kinds: [.serviceUnavailable, .resetBefore])
        defer { proxy.stop() }
        var pipeline = SnapshotExportPipeline(client: proxy.client(maxAttempts: 2), clock: ManualClock())
        pipeline.pollSeconds = (1, 1)
        let error = await #expect(throws: InterruptedFlow.self) {
            _ = try await pipeline.run(fixture.request(), wait: true, events: { _ in })
        }
        let message = try #require(error).description
        #expect(message.hasPrefix("ingest snapshot stopped: AWS kept failing after every retry (RDS "), "\(message)")
        #expect(
            message.contains(
                "nothing was changed yet. Nothing is lost and nothing will be made twice: run the same command again to finish."
            ))
        #expect(!message.contains(fixture.emulator.secretAccessKey))
        #expect(try await !fixture.roleExists())
    }

    /// The steps a flow finished are named in the error, in order, with their outcome; other errors pass.
    @Test func trackingNamesTheFinishedStepsAndLetsOtherErrorsThrough() async throws {
        let failure = AWSError(
            service: "Glue", operation: "CreateTable", code: "InternalFailure", message: nil, statusCode: 500)
        let error = await #expect(throws: InterruptedFlow.self) {
            try await InterruptedFlow.tracking("ingest snapshot", events: { _ in }) { events in
                events(.step(name: "export policy", detail: "arn", change: .created))
                events(.step(name: "bucket", detail: "s3://b", change: nil))
                events(.step(name: "export role", detail: "arn", change: .unchanged))
                throw failure
            }
        }
        #expect(error?.done == ["export policy (created)", "export role (unchanged)"])
        #expect(error?.description.contains("done: export policy (created); export role (unchanged).") == true)
        let denied = AWSError(
            service: "RDS", operation: "StartExportTask", code: "AccessDenied", message: nil, statusCode: 403)
        await #expect(throws: AWSError.self) {
            try await InterruptedFlow.tracking("ingest snapshot", events: { _ in }) { _ in throw denied }
        }
    }
}
