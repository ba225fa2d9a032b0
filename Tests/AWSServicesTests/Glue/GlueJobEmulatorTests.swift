import AWSCore
import Foundation
import Testing

@testable import AWSServices

/// Job operations and CloudWatch Logs against the emulator (signature checking on). The gap layer moves a
/// run STARTING → RUNNING → SUCCEEDED one step per poll, or FAILED when the script raises, and writes its
/// print lines to `/aws-glue/jobs/output` (EMULATOR.md).
@Suite struct GlueJobEmulatorTests {
    struct Fixture {
        let glue: GlueClient
        let logs: CloudWatchLogsClient
        let s3: S3Client
        let bucket: String
        let job: String

        static func make(script: String) async throws -> Fixture {
            let client = try EmulatorClient.make()
            let s3 = S3Client(client: client)
            let bucket = EmulatorClient.uniqueName("jobs")
            try await s3.createBucket(bucket)
            _ = try await s3.putObject(bucket: bucket, key: "scripts/job.py", bytes: Array(script.utf8))
            let f = Fixture(
                glue: GlueClient(client: client), logs: CloudWatchLogsClient(client: client), s3: s3, bucket: bucket,
                job: EmulatorClient.uniqueName("job"))
            try await f.glue.createJob(f.definition(), tags: ["managed-by": "lakectl"])
            return f
        }

        func definition(workers: Int = 2) -> GlueJob {
            GlueJob(
                name: job, role: "arn:aws:iam::123456789012:role/job",
                command: GlueJobCommand(name: "glueetl", scriptLocation: "s3://\(bucket)/scripts/job.py"),
                defaultArguments: ["--day": "2024-01-01"], glueVersion: "4.0", workerType: "G.1X",
                numberOfWorkers: workers)
        }

        func finished(_ runId: String) async throws -> GlueJobRun {
            for _ in 0..<10 {
                let run = try await glue.getJobRun(job, runId: runId)
                if run.isFinished { return run }
            }
            Issue.record("run \(runId) not finished after 10 polls")
            return try await glue.getJobRun(job, runId: runId)
        }

        func messages(_ group: String, _ runId: String) async throws -> [String] {
            try await logs.getLogEvents(group: group, stream: runId).events.map(\.message)
        }
    }

    @Test func definitionRoundTripsAndUpdateReplacesIt() async throws {
        let f = try await Fixture.make(script: "print('hi')\n")
        let live = try await f.glue.getJob(f.job)
        #expect(live.command?.scriptLocation == "s3://\(f.bucket)/scripts/job.py")
        #expect(live.defaultArguments == ["--day": "2024-01-01"])
        #expect(live.numberOfWorkers == 2)
        try await f.glue.updateJob(f.job, f.definition(workers: 5))
        #expect(try await f.glue.getJob(f.job).numberOfWorkers == 5)
        try await f.glue.deleteJob(f.job)
        let gone = await #expect(throws: AWSError.self) { try await f.glue.getJob(f.job) }
        #expect(gone?.hasCode(GlueClient.ErrorCode.entityNotFound) == true)
    }

    @Test func succeedingRunLogsItsOutput() async throws {
        let f = try await Fixture.make(script: "print(\"reading orders\")\nx = 1\nprint(\"wrote 2 rows\")\n")
        let runId = try await f.glue.startJobRun(f.job, arguments: ["--day": "2024-01-02"])
        let run = try await f.finished(runId)
        #expect(run.state == "SUCCEEDED")
        #expect(run.errorMessage == nil)
        #expect(run.arguments?["--day"] == "2024-01-02")
        #expect(try await f.glue.getJobRuns(f.job).items.map(\.id) == [runId])
        let output = try await f.messages("/aws-glue/jobs/output", runId)
        #expect(output.suffix(2) == ["reading orders", "wrote 2 rows"])
        let filtered = try await f.logs.filterLogEvents(
            group: "/aws-glue/jobs/output", streams: [runId], pattern: "wrote")
        #expect(filtered.items.map(\.message) == ["wrote 2 rows"])
    }

    @Test func failingRunCarriesTheErrorAndTheTraceback() async throws {
        let f = try await Fixture.make(script: "print('start')\nraise Exception(\"no rows for day\")\n")
        let runId = try await f.glue.startJobRun(f.job)
        let run = try await f.finished(runId)
        #expect(run.state == "FAILED")
        #expect(run.errorMessage == "Exception: no rows for day")
        #expect(try await f.messages("/aws-glue/jobs/error", runId).last == "Exception: no rows for day")
    }

    @Test func batchStopStopsARunningRunAndReportsAnEndedOne() async throws {
        let f = try await Fixture.make(script: "print('x')\n")
        let runId = try await f.glue.startJobRun(f.job)
        #expect(try await f.glue.batchStopJobRun(f.job, runIds: [runId]).isEmpty)
        #expect(try await f.finished(runId).state == "STOPPED")
        let failures = try await f.glue.batchStopJobRun(f.job, runIds: [runId])
        #expect(failures.map(\.runId) == [runId])
    }
}
