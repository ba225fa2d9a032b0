import AWSCore
import AWSServices

/// A Firehose delivery stream (DirectPut → extended S3). Created when missing; a live stream that matches
/// is `unchanged`; one whose destination differs is refused (UpdateDestination is not wired yet), naming
/// the fields, rather than silently left different.
package struct DeliveryStreamResource: ResourceKind {
    package static let kind = "firehose delivery stream"

    package struct Desired: Sendable, Equatable {
        package var spec: StreamSpec
        package var roleArn: String

        package init(spec: StreamSpec, roleArn: String) {
            self.spec = spec
            self.roleArn = roleArn
        }
    }

    package let firehose: FirehoseClient

    package init(firehose: FirehoseClient) {
        self.firehose = firehose
    }

    package func read(_ desired: Desired) async throws -> FirehoseDeliveryStream? {
        do {
            return try await firehose.describeDeliveryStream(name: desired.spec.name)
        } catch let error as AWSError where error.hasCode(FirehoseClient.ErrorCode.resourceNotFound) {
            return nil
        }
    }

    /// The fields that differ, as display strings.
    static func fields(_ desired: Desired, _ live: FirehoseS3Destination?) -> [FieldChange] {
        let want = desired.spec.destination(roleArn: desired.roleArn)
        let pairs: [(String, String?, String?)] = [
            ("bucket", live?.bucketARN, want.bucketARN),
            ("role", live?.roleARN, want.roleARN),
            ("prefix", live?.prefix, want.prefix),
            ("error prefix", live?.errorOutputPrefix, want.errorOutputPrefix),
            ("buffer size MB", live?.bufferingHints.map { "\($0.sizeInMBs)" }, "\(desired.spec.bufferSizeMB)"),
            (
                "buffer interval s", live?.bufferingHints.map { "\($0.intervalInSeconds)" },
                "\(desired.spec.bufferIntervalSeconds)"
            ),
            ("compression", live?.compressionFormat ?? "UNCOMPRESSED", want.compressionFormat),
        ]
        return pairs.filter { live == nil || ($0.1 ?? "") != ($0.2 ?? "") }.map {
            FieldChange($0.0, old: $0.1, new: $0.2)
        }
    }

    package static func diff(_ desired: Desired, _ live: FirehoseDeliveryStream?) throws -> PlannedChange {
        guard let live else {
            return PlannedChange(
                action: .create, kind: kind, id: desired.spec.name, fields: fields(desired, nil))
        }
        let differing = fields(desired, live.s3Destination)
        guard differing.isEmpty else {
            throw StreamSpecError.differs(stream: desired.spec.name, fields: differing.map(\.field))
        }
        return .noop(kind: kind, id: desired.spec.name)
    }

    package func apply(_ change: PlannedChange, desired: Desired, live: FirehoseDeliveryStream?) async throws
        -> Ensured
    {
        if let live, change.action == .noop { return Ensured(arn: live.arn, change: .unchanged) }
        do {
            let arn = try await firehose.createDeliveryStream(
                FirehoseCreateDeliveryStreamRequest(
                    name: desired.spec.name, destination: desired.spec.destination(roleArn: desired.roleArn),
                    tags: [Ownership.key: Ownership.value]))
            return Ensured(arn: arn, change: .created)
        } catch let error as AWSError where error.hasCode(FirehoseClient.ErrorCode.resourceInUse) {
            // A retried create whose first attempt reached Firehose (or a concurrent run): compare as a re-run.
            guard let found = try await read(desired) else { throw error }
            _ = try Self.diff(desired, found)
            return Ensured(arn: found.arn, change: .created)
        }
    }
}
