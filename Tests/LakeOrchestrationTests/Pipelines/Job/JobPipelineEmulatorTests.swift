import AWSCore
import AWSServices
import Foundation
import LakeTestSupport
import Testing

@testable import LakeOrchestration

/// `job deploy|run|status|logs` against the emulator (signature checking on). The gap layer runs a job
/// STARTING → RUNNING → SUCCEEDED, or FAILED when its script raises, and logs its print lines.
@Suite struct JobPipelineEmulatorTests {
    struct Fixture {
        let client: AWSClient
        let bucket: String
        let job: String

        static func make(client: AWSClient? = nil) async throws -> Fixture {
            let bucket = EmulatorClients.unique("jobrun")
            try await S3Client(client: try EmulatorClients.client()).createBucket(bucket)
            return Fixture(
                client: try client ?? EmulatorClients.client(), bucket: bucket, job: EmulatorClients.unique("job"))
        }

        func spec(_ script: String, workers: Int = 2) -> JobSpec {
            JobSpec(
                name: job, script: Array(script.utf8), scriptFileName: "job.py", workers: workers,
                arguments: ["--day": "2024-01-01"], scriptsLocation: S3Location(bucket: bucket, prefix: "scripts"))
        }

        func pipeline(clock: any AWSClock = ManualClock()) -> JobPipeline {
            var pipeline = JobPipeline(client: client, clock: clock)
            pipeline.poll = (1, 20)
            return pipeline
        }
    }

    static let ok = "print(\"reading orders\")\nprint(\"wrote 2 rows\")\n"
    static let failing = "print(\"reading orders\")\nraise Exception(\"no orders for 2024-01-01\")\n"

    @Test func deployTwiceIsUnchangedAndOnlyWhatDiffersIsUpdated() async throws {
        let f = try await Fixture.make()
        let first = try await f.pipeline().deploy(f.spec(Self.ok), events: { _ in })
        #expect(first.script == .created && first.definition == .created)
        #expect(first.scriptLocation == "s3://\(f.bucket)/scripts/job.py")
        #expect(first.roleArn.hasSuffix("role/\(JobPipeline.roleName(job: f.job))"))
        let again = try await f.pipeline().deploy(f.spec(Self.ok), events: { _ in })
        #expect(again.script == .unchanged && again.definition == .unchanged)
        let edited = try await f.pipeline().deploy(f.spec(Self.failing, workers: 4), events: { _ in })
        #expect(edited.script == .updated(["content"]))
        #expect(edited.definition == .updated(["workers"]))
        let live = try await GlueClient(client: f.client).getJob(f.job)
        #expect(live.numberOfWorkers == 4)
        #expect(live.defaultArguments == ["--day": "2024-01-01"])
    }

    @Test func aSucceedingRunIsFollowedAndItsLogsRead() async throws {
        let f = try await Fixture.make()
        _ = try await f.pipeline().deploy(f.spec(Self.ok), events: { _ in })
        let followed = LineCollector()
        let result = try await f.pipeline().run(
            f.job, arguments: ["--day": "2024-01-02"], wait: true, follow: true, events: { _ in },
            output: followed.append)
        #expect(result.succeeded)
        #expect(result.errorLines.isEmpty)
        #expect(followed.lines.suffix(2) == ["reading orders", "wrote 2 rows"])
        #expect(try await f.pipeline().lines(f.job, runId: nil, error: false) == followed.lines)
        let runs = try await f.pipeline().status(f.job, runId: nil)
        #expect(runs.map(\.id) == [result.runId])
        #expect(runs.first?.state == "SUCCEEDED")
    }

    @Test func aFailingRunCarriesGluesMessageAndTheErrorLog() async throws {
        let f = try await Fixture.make()
        _ = try await f.pipeline().deploy(f.spec(Self.failing), events: { _ in })
        let result = try await f.pipeline().run(f.job, arguments: [:], wait: true, follow: false, events: { _ in })
        #expect(result.state == "FAILED")
        #expect(result.errorMessage == "Exception: no orders for 2024-01-01")
        #expect(result.errorLines.last == "Exception: no orders for 2024-01-01")
        #expect(result.errorLines.contains("    raise Exception(\"no orders for 2024-01-01\")"))
    }

    @Test func unknownJobAndRunAreNamed() async throws {
        let f = try await Fixture.make()
        await #expect(throws: JobError.notFound(job: f.job)) {
            _ = try await f.pipeline().run(f.job, arguments: [:], wait: false, follow: false, events: { _ in })
        }
        _ = try await f.pipeline().deploy(f.spec(Self.ok), events: { _ in })
        await #expect(throws: JobError.runNotFound(job: f.job, runId: "jr_none")) {
            _ = try await f.pipeline().status(f.job, runId: "jr_none")
        }
    }

    /// Ctrl-C cancels the waiting task; the pipeline then stops the run with BatchStopJobRun.
    @Test func cancellingTheWaitStopsTheRun() async throws {
        let f = try await Fixture.make()
        _ = try await f.pipeline().deploy(f.spec(Self.ok), events: { _ in })
        let pipeline = f.pipeline(clock: BlockingClock())
        let waiting = AsyncStream<Void>.makeStream()
        let task = Task {
            // A run that ends before its first progress event ends the stream too: the test then fails on
            // the result below instead of waiting forever.
            defer { waiting.continuation.finish() }
            return try await pipeline.run(
                f.job, arguments: [:], wait: true, follow: false,
                events: { if case .progress = $0 { waiting.continuation.yield() } })
        }
        for await _ in waiting.stream { break }
        task.cancel()
        await #expect(throws: CancellationError.self) { _ = try await task.value }
        let runs = try await f.pipeline().status(f.job, runId: nil)
        #expect(runs.map(\.state) == ["STOPPED"])
    }

    /// StartJobRun has no idempotency token. A retry after a reply lost on the way back finds the job's one
    /// slot taken by the run its first attempt started: that run is adopted, not a second one started.
    @Test func aStartThatFindsItsOwnRunRunningAdoptsIt() async throws {
        let f = try await Fixture.make()
        _ = try await f.pipeline().deploy(f.spec(Self.ok), events: { _ in })
        let first = try await GlueClient(client: f.client).startJobRun(f.job)
        let adopted = try await JobPipeline(client: f.client, clock: SystemClock()).start(f.job, arguments: [:])
        #expect(adopted == first)
        #expect(try await GlueClient(client: f.client).getJobRuns(f.job).items.map(\.id) == [first])
    }

    @Test func underTwentyPercentFaultsDeployAndRunMakeOneJobAndOneRun() async throws {
        let seed = Int(ProcessInfo.processInfo.environment["LAKECTL_FAULT_SEED"] ?? "") ?? 7
        let proxy = try await FaultProxy.start(rate: 0.2, seed: seed, slowSeconds: 2.5)
        defer { proxy.stop() }
        let f = try await Fixture.make(client: proxy.client(maxAttempts: 6, timeoutSeconds: 2))
        // A data path in a bucket encrypted with its own key: the role's policy covers both.
        let direct = try EmulatorClients.client()
        let data = EmulatorClients.unique("jobdata")
        try await S3Client(client: direct).createBucket(data)
        let key = try await KMSClient(client: direct).createKey(description: "job data")
        try await S3Client(client: direct).putBucketEncryption(data, kmsKeyId: key.arn)
        var spec = f.spec(Self.ok)
        spec.dataPaths = [S3Location(bucket: data, prefix: "curated")]
        var deployed: JobDeployResult?
        for _ in 0..<6 where deployed == nil {
            do {
                deployed = try await f.pipeline().deploy(spec, events: { _ in })
            } catch  where InterruptedFlow.isTransient(error) {}
        }
        #expect(deployed != nil)
        let run = try await f.pipeline().run(f.job, arguments: [:], wait: true, follow: true, events: { _ in })
        #expect(run.succeeded)
        let stats = try await proxy.stats()
        print("job deploy+run under faults: \(stats.requests) requests, \(stats.faultsTotal) faults")
        #expect(stats.faultsTotal > 0)

        let glue = GlueClient(client: direct)
        #expect(try await glue.getJobRuns(f.job).items.map(\.id) == [run.runId])
        let again = try await JobPipeline(client: direct, clock: ManualClock()).deploy(spec, events: { _ in })
        #expect(again.script == .unchanged && again.definition == .unchanged)
        let role = JobPipeline.roleName(job: f.job)
        let iam = IAMClient(client: direct)
        #expect(try await iam.allRoles().filter { $0.roleName == role }.count == 1)
        let policies = try await iam.listAttachedRolePolicies(roleName: role)
        #expect(policies.count == 1)
        for policy in policies {
            #expect(try await iam.listPolicyVersions(arn: policy.policyArn).count == 1)
            let stored = try await iam.getPolicy(arn: policy.policyArn)
            let version = try await iam.getPolicyVersion(arn: stored.arn, versionId: stored.defaultVersionId)
            let document = version.document?.removingPercentEncoding ?? ""
            #expect(document.contains("arn:aws:s3:::\(data)/curated/*"), "\(document)")
            #expect(document.contains(key.arn), "\(document)")
        }
    }
}
