import AWSCore
import AWSServices
import Foundation

/// `lakectl stream create|show|list|delete`: the control plane of delivery streams. `create` ensures the
/// delivery role first (the policy generators' `firehose` kind, trusted by `firehose.amazonaws.com`), then
/// the stream as a resource kind (read → diff → apply, `unchanged` on a re-run), then waits for ACTIVE.
package struct StreamPipeline: Sendable {
    let firehose: FirehoseClient
    let iam: IAMResources
    let glue: GlueClient
    let kms: KMSClient
    let s3: S3Client
    let logs: CloudWatchLogsClient
    let clock: any AWSClock
    /// Seconds between DescribeDeliveryStream polls, and how many polls before giving up.
    package var poll: (seconds: Double, attempts: Int) = (2, 150)

    package init(client: AWSClient, clock: any AWSClock = SystemClock()) {
        firehose = FirehoseClient(client: client)
        iam = IAMResources(iam: IAMClient(client: client))
        glue = GlueClient(client: client)
        kms = KMSClient(client: client)
        s3 = S3Client(client: client)
        logs = CloudWatchLogsClient(client: client)
        self.clock = clock
    }

    package init(session: LakeSession, clock: any AWSClock = SystemClock()) {
        self.init(client: session.client, clock: clock)
    }

    /// The role lakectl makes for a stream with `--role auto`, and its permission policy's name.
    package static func roleName(stream: String) -> String { String("lakectl-firehose-\(stream)".prefix(64)) }

    /// The generated delivery role's policy: writing the stream's bucket and prefix, with the stream's key (or else
    /// the bucket's default key) and its log group. `kmsKeyArn`: the stream's own key, already resolved.
    func deliveryPolicy(_ spec: StreamSpec, kmsKeyArn: String?) async throws -> PolicyDocument {
        var policyKey = kmsKeyArn
        if policyKey == nil { policyKey = try await bucketKeyArn(spec.bucket) }
        return PolicyGenerator.forFirehose(
            bucket: spec.bucket, prefix: spec.policyPrefix, kmsKeyArn: policyKey, logGroup: spec.logGroup)
    }

    /// - Parameter role: an existing role's ARN, or nil to ensure `roleName(stream:)`.
    package func create(_ spec: StreamSpec, role: String?, events: @escaping PipelineEventSink) async throws
        -> StreamCreateResult
    {
        try spec.validate()
        try await checkParquetTable(spec)
        var kmsKeyArn: String?
        if let key = spec.kmsKey { kmsKeyArn = try await usableKeyArn(key, named: "--kms-key") }
        var roleArn = role ?? ""
        var roleChange: Ensured?
        var policyChange: Ensured?
        if role == nil {
            let iam = iam.tagged(spec.tags)
            let name = Self.roleName(stream: spec.name)
            let policy = try await iam.ensureManagedPolicy(
                name: name, document: try await deliveryPolicy(spec, kmsKeyArn: kmsKeyArn),
                description: "Firehose delivery to s3://\(spec.bucket) for stream \(spec.name) (lakectl)")
            events(.step(name: "delivery policy", detail: policy.arn, change: policy.change))
            let ensured = try await iam.ensureRole(
                name: name, trust: TrustPolicy.service(PolicyPurpose.firehose.servicePrincipal ?? ""),
                attach: [policy.arn], description: "Firehose delivery role for stream \(spec.name) (lakectl)")
            events(.step(name: "delivery role", detail: ensured.arn, change: ensured.change))
            roleArn = ensured.arn
            roleChange = ensured
            policyChange = policy
        }
        if let group = spec.logGroup {
            let stream = spec.logStream ?? StreamSpec.defaultLogStream
            let groupCreated = try await logs.ensureLogGroup(group)
            let streamCreated = try await logs.ensureLogStream(group: group, stream: stream)
            events(
                .step(
                    name: "delivery log", detail: "\(group)/\(stream)",
                    change: groupCreated || streamCreated ? .created : .unchanged))
        }
        let stream = try await DeliveryStreamResource(firehose: firehose).ensure(
            .init(spec: spec, roleArn: roleArn, kmsKeyArn: kmsKeyArn))
        events(.step(name: "delivery stream", detail: stream.arn, change: stream.change))
        let live = try await waitActive(spec.name, events: events)
        return StreamCreateResult(
            roleArn: roleArn, role: roleChange, policy: policyChange, stream: stream, status: live.status)
    }

    /// Polls until the stream is ACTIVE; throws `StreamSpecError.notActive` for a failed creation or when
    /// the polls run out.
    func waitActive(_ name: String, events: @escaping PipelineEventSink) async throws -> FirehoseDeliveryStream {
        var last = "CREATING"
        for attempt in 0..<poll.attempts {
            let stream = try await describe(name)
            last = stream.status
            if stream.isActive { return stream }
            if stream.status.hasSuffix("FAILED") { break }
            events(.progress(state: stream.status, percent: nil, detail: "waiting for ACTIVE"))
            if attempt + 1 < poll.attempts { try await clock.sleep(seconds: poll.seconds) }
        }
        throw StreamSpecError.notActive(stream: name, status: last)
    }

    /// The stream as `stream show` prints it; `StreamSpecError.notFound` for an unknown name.
    package func show(_ name: String) async throws -> StreamDescription {
        StreamDescription(try await describe(name))
    }

    func describe(_ name: String) async throws -> FirehoseDeliveryStream {
        do {
            return try await firehose.describeDeliveryStream(name: name)
        } catch let error as AWSError where error.hasCode(FirehoseClient.ErrorCode.resourceNotFound) {
            throw StreamSpecError.notFound(stream: name)
        }
    }

    /// Every stream name, in Firehose's (alphabetical) order.
    package func list() async throws -> [String] {
        var names: [String] = []
        for try await page in firehose.listDeliveryStreamsPages() { names += page.items }
        return names
    }

    /// Deletes the stream (its role and policy are left: other streams or people may use them).
    package func delete(_ name: String) async throws {
        do {
            try await firehose.deleteDeliveryStream(name: name)
        } catch let error as AWSError where error.hasCode(FirehoseClient.ErrorCode.resourceNotFound) {
            throw StreamSpecError.notFound(stream: name)
        }
    }
}
