import AWSCore
import AWSServices
import Foundation
import LakeTestSupport
import Testing

/// Ctrl-C during `lakectl job run`: the binary gets SIGINT while it waits between polls, stops the run with
/// BatchStopJobRun and exits 130.
@Suite struct JobRunInterruptTests {
    @Test func sigintStopsTheRunAndExits130() async throws {
        let emulator = try Emulator.current()
        let client = emulator.client()
        let bucket = Emulator.uniqueName("clictrlc")
        try await S3Client(client: client).createBucket(bucket, region: emulator.region)
        let job = Emulator.uniqueName("ctrlc")
        _ = try await S3Client(client: client).putObject(
            bucket: bucket, key: "scripts/job.py", bytes: Array("print('x')\n".utf8))
        try await GlueClient(client: client).createJob(
            GlueJob(
                name: job, role: "arn:aws:iam::123456789012:role/job",
                command: GlueJobCommand(name: "glueetl", scriptLocation: "s3://\(bucket)/scripts/job.py")))

        let process = Process()
        process.executableURL = CLIRunner.executable
        // A long poll interval: the command is asleep between polls when the signal comes.
        process.arguments = ["job", "run", job, "--poll-interval", "600"]
        process.environment = emulator.environment()
        let stderr = Pipe()
        process.standardError = stderr
        process.standardOutput = FileHandle.nullDevice
        try process.run()

        // The gap layer logs "… starting" when StartJobRun is handled; the signal handler is installed before
        // that call. Reading logs does not advance the run.
        let logs = CloudWatchLogsClient(client: client)
        var started = false
        for _ in 0..<200 where !started {
            let page = try? await logs.filterLogEvents(group: "/aws-glue/jobs/output", pattern: job)
            started = page?.items.contains { $0.message.contains("Glue job \(job) run") } ?? false
            if !started { try await Task.sleep(nanoseconds: 50_000_000) }
        }
        #expect(started, "the run never started")
        kill(process.processIdentifier, SIGINT)
        let status = try await CLIRunner.offPool {
            process.waitUntilExit()
            return process.terminationStatus
        }
        let message = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(status == 130, "\(message)")
        #expect(message.contains("asked Glue to stop the run of \(job)"), "\(message)")
        let runs = try await GlueClient(client: client).getJobRuns(job).items
        #expect(runs.map(\.state) == ["STOPPED"])
    }
}
