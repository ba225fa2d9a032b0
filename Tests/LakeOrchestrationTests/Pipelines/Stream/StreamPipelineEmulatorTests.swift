import AWSCore
import AWSServices
import Foundation
import LakeTestSupport
import Testing

@testable import LakeOrchestration

/// `stream create|show|list|delete` against the emulator (signature checking on).
@Suite struct StreamPipelineEmulatorTests {
    static func bucket(_ client: AWSClient) async throws -> String {
        let bucket = EmulatorClients.unique("streams")
        try await S3Client(client: client).createBucket(bucket)
        return bucket
    }

    @Test func createEnsuresTheRoleThenTheStreamAndAReRunIsUnchanged() async throws {
        let client = try EmulatorClients.client()
        let pipeline = StreamPipeline(client: client, clock: ManualClock())
        let spec = StreamSpec(
            name: EmulatorClients.unique("clicks"), bucket: try await Self.bucket(client),
            prefix: "raw/clicks/!{timestamp:yyyy/MM/dd}/", errorPrefix: "raw/errors/!{firehose:error-output-type}/",
            bufferSizeMB: 64, bufferIntervalSeconds: 60, compression: "GZIP")
        let first = try await pipeline.create(spec, role: nil, events: { _ in })
        #expect(first.stream.change == .created)
        #expect(first.role?.change == .created)
        #expect(first.status == "ACTIVE")
        #expect(first.roleArn.hasSuffix("role/\(StreamPipeline.roleName(stream: spec.name))"))

        // The role trusts Firehose and carries the generated firehose policy scoped to raw/.
        let iam = IAMClient(client: client)
        let attached = try await iam.listAttachedRolePolicies(roleName: StreamPipeline.roleName(stream: spec.name))
        #expect(attached.map(\.policyArn) == [first.policy?.arn])
        #expect(spec.policyPrefix == "raw")

        let live = try await pipeline.describe(spec.name)
        #expect(live.s3Destination == spec.destination(roleArn: first.roleArn))

        let again = try await pipeline.create(spec, role: nil, events: { _ in })
        #expect(again.isUnchanged)
        #expect(again.stream.arn == first.stream.arn)

        // A live stream that differs is brought in line with UpdateDestination, then is unchanged.
        var changed = spec
        changed.bufferSizeMB = 5
        let updated = try await pipeline.create(changed, role: nil, events: { _ in })
        #expect(updated.stream.change == .updated(["buffer size MB"]))
        #expect(try await pipeline.describe(spec.name).s3Destination?.bufferingHints?.sizeInMBs == 5)
        #expect(try await pipeline.create(changed, role: nil, events: { _ in }).isUnchanged)

        #expect(try await pipeline.list().contains(spec.name))
        try await pipeline.delete(spec.name)
        #expect(try await !pipeline.list().contains(spec.name))
        await #expect(throws: StreamSpecError.notFound(stream: spec.name)) { try await pipeline.delete(spec.name) }
    }

    @Test func aGivenRoleIsUsedAsIsWithNoIAMCalls() async throws {
        let client = try EmulatorClients.client()
        let spec = StreamSpec(name: EmulatorClients.unique("orders"), bucket: try await Self.bucket(client))
        let result = try await StreamPipeline(client: client, clock: ManualClock()).create(
            spec, role: "arn:aws:iam::123456789012:role/existing", events: { _ in })
        #expect(result.role == nil && result.policy == nil)
        #expect(result.roleArn == "arn:aws:iam::123456789012:role/existing")
        #expect(result.stream.change == .created)
    }

    @Test func anExpressionPrefixWithoutErrorPrefixIsRefusedBeforeAnyCall() async throws {
        let proxy = try await FaultProxy.start(rate: 0)
        defer { proxy.stop() }
        let pipeline = StreamPipeline(client: proxy.client(maxAttempts: 1), clock: ManualClock())
        let spec = StreamSpec(name: "clicks", bucket: "b", prefix: "raw/!{timestamp:yyyy}/")
        await #expect(throws: StreamSpecError.self) { _ = try await pipeline.create(spec, role: nil, events: { _ in }) }
        #expect(try await proxy.stats().requests == 0)
    }

    @Test(arguments: [
        StreamSpec(name: "bad name", bucket: "b"), StreamSpec(name: "s", bucket: "b", bufferSizeMB: 129),
        StreamSpec(name: "s", bucket: "b", bufferIntervalSeconds: 901),
        StreamSpec(name: "s", bucket: "b", compression: "LZ4"),
        StreamSpec(name: "s", bucket: ""),
    ])
    func invalidSpecsAreRefused(spec: StreamSpec) {
        #expect(throws: StreamSpecError.self) { try spec.validate() }
    }

    @Test func unknownStreamIsNamedInShow() async throws {
        let pipeline = StreamPipeline(client: try EmulatorClients.client(), clock: ManualClock())
        await #expect(throws: StreamSpecError.notFound(stream: "no-such-stream")) {
            _ = try await pipeline.describe("no-such-stream")
        }
    }
}
