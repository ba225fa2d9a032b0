import AWSCore
import AWSServices

/// A Firehose delivery stream (DirectPut → extended S3). Created when missing; a live stream that matches
/// is `unchanged`; one whose destination differs is brought in line with UpdateDestination (`updated`,
/// naming the fields). A stream with no extended S3 destination is refused rather than rewritten.
package struct DeliveryStreamResource: ResourceKind {
    package static let kind = "firehose delivery stream"

    package struct Desired: Sendable, Equatable {
        package var spec: StreamSpec
        package var roleArn: String
        /// `spec.kmsKey` resolved to its ARN.
        package var kmsKeyArn: String?

        package init(spec: StreamSpec, roleArn: String, kmsKeyArn: String? = nil) {
            self.spec = spec
            self.roleArn = roleArn
            self.kmsKeyArn = kmsKeyArn
        }

        var destination: FirehoseS3Destination { spec.destination(roleArn: roleArn, kmsKeyArn: kmsKeyArn) }
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
        let want = desired.destination
        let conversion = live?.dataFormatConversion
        let liveFormat = conversion?.table == nil ? nil : conversion?.outputFormat
        let liveLogging = live?.cloudWatchLogging?.enabled == true ? live?.cloudWatchLogging : nil
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
            ("kms key", live?.encryption?.kmsKeyARN, want.encryption?.kmsKeyARN),
            ("parquet table", live?.dataFormatConversion?.table, want.dataFormatConversion?.table),
            ("parquet format", liveFormat, want.dataFormatConversion?.outputFormat),
            ("log group", liveLogging?.logGroupName, want.cloudWatchLogging?.logGroupName),
            ("log stream", liveLogging?.logStreamName, want.cloudWatchLogging?.logStreamName),
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
        guard live.s3Destination != nil, live.destinationId != nil else {
            throw StreamSpecError.differs(stream: desired.spec.name, fields: ["destination type (not extended S3)"])
        }
        let differing = fields(desired, live.s3Destination)
        guard differing.isEmpty else {
            return PlannedChange(action: .update, kind: kind, id: desired.spec.name, fields: differing)
        }
        return .noop(kind: kind, id: desired.spec.name)
    }

    package func apply(_ change: PlannedChange, desired: Desired, live: FirehoseDeliveryStream?) async throws
        -> Ensured
    {
        if let live, change.action == .noop { return Ensured(arn: live.arn, change: .unchanged) }
        if let live, change.action == .update { return try await update(change, desired: desired, live: live) }
        do {
            let arn = try await firehose.createDeliveryStream(
                FirehoseCreateDeliveryStreamRequest(
                    name: desired.spec.name, destination: desired.destination,
                    tags: desired.spec.tags.merging([Ownership.key: Ownership.value]) { _, owned in owned }))
            return Ensured(arn: arn, change: .created)
        } catch let error as AWSError where error.hasCode(FirehoseClient.ErrorCode.resourceInUse) {
            // A retried create whose first attempt reached Firehose (or a concurrent run): compare as a re-run.
            guard let found = try await read(desired) else { throw error }
            _ = try Self.diff(desired, found)
            return Ensured(arn: found.arn, change: .created)
        }
    }

    /// UpdateDestination with the version last read. Conversion the live stream has and the desired one
    /// does not is switched off explicitly (an update keeps what it does not mention). A
    /// `ConcurrentModificationException` — a retried update that had gone through, or another writer — is
    /// settled by reading again: matching now is success, still differing is the error it was.
    func update(_ change: PlannedChange, desired: Desired, live: FirehoseDeliveryStream) async throws -> Ensured {
        var destination = desired.destination
        if destination.dataFormatConversion == nil, live.s3Destination?.dataFormatConversion?.enabled == true {
            destination.dataFormatConversion = .disabled
        }
        do {
            try await firehose.updateDestination(
                name: desired.spec.name, versionId: live.versionId ?? "1", destinationId: live.destinationId ?? "",
                destination: destination)
        } catch let error as AWSError where error.hasCode(FirehoseClient.ErrorCode.concurrentModification) {
            guard let found = try await read(desired), try Self.diff(desired, found).action == .noop else {
                throw error
            }
        }
        return Ensured(arn: live.arn, change: change.change)
    }
}
