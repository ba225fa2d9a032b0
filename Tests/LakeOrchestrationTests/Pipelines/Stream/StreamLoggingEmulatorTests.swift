import AWSCore
import AWSServices
import Foundation
import LakeTestSupport
import Testing

@testable import LakeOrchestration

/// `stream create --log-group`: the log group and stream exist before Firehose is told to log there, the
/// delivery policy lets the role write them, `show` names them, and a re-run is unchanged.
@Suite struct StreamLoggingEmulatorTests {
    @Test func aLoggedStreamGetsItsGroupAndStreamAndAReRunIsUnchanged() async throws {
        let client = try EmulatorClients.client()
        let pipeline = StreamPipeline(client: client, clock: ManualClock())
        let group = "/lakectl/firehose/\(EmulatorClients.unique("logs"))"
        let spec = StreamSpec(
            name: EmulatorClients.unique("logged"), bucket: try await StreamPipelineEmulatorTests.bucket(client),
            prefix: "raw/", logGroup: group)
        let events = SnapshotExportPipelineTests.Events()
        let first = try await pipeline.create(spec, role: nil, events: events.sink)
        #expect(first.stream.change == .created)
        #expect(
            events.all.contains(.step(name: "delivery log", detail: "\(group)/DestinationDelivery", change: .created)))

        // Both exist now: creating them again answers "already exists".
        let logs = CloudWatchLogsClient(client: client)
        #expect(try await logs.ensureLogGroup(group) == false)
        #expect(try await logs.ensureLogStream(group: group, stream: "DestinationDelivery") == false)

        let shown = try await pipeline.show(spec.name)
        #expect(shown.logging == "\(group)/DestinationDelivery")
        let policy = PolicyGenerator.forFirehose(bucket: spec.bucket, prefix: spec.policyPrefix, logGroup: group)
        #expect(policy.statements.contains { $0.resource == ["arn:aws:logs:*:*:log-group:\(group):*"] })

        let again = try await pipeline.create(spec, role: nil, events: { _ in })
        #expect(again.isUnchanged)

        // Another log stream is an update of the live stream, named as such.
        var moved = spec
        moved.logStream = "errors"
        let updated = try await pipeline.create(moved, role: nil, events: { _ in })
        #expect(updated.stream.change == .updated(["log stream"]))
        #expect(try await pipeline.show(spec.name).logging == "\(group)/errors")
        try await pipeline.delete(spec.name)
    }

    @Test func aLogStreamWithoutAGroupIsRefusedBeforeAnyCall() {
        let spec = StreamSpec(name: "s", bucket: "b", logStream: "errors")
        #expect(throws: StreamSpecError.self) { try spec.validate() }
    }
}
