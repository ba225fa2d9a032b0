import AWSCore
import AWSServices
import Foundation
import LakeTestSupport
import Testing

/// `lakectl ingest snapshot|status|cancel` as an operator runs them: the binary, the emulator with
/// signature checking on.
@Suite struct IngestSnapshotCommandTests {
    struct Setup {
        let emulator: Emulator
        let snapshot: String
        let snapshotArn: String
        let bucket: String
        let keyId: String
        let role: String

        static func make() async throws -> Setup {
            let emulator = try Emulator.current()
            let client = emulator.client()
            let instance = Emulator.uniqueName("clidb")
            let snapshot = Emulator.uniqueName("clisnap")
            _ = try await RDSClient(client: client).createDBInstance(
                identifier: instance, masterPassword: "test-password-1")
            let created = try await RDSClient(client: client).createDBSnapshot(
                identifier: snapshot, instanceIdentifier: instance)
            try await emulator.control(
                "/lakectl-emulator/rds/dataset", #"{"dbInstanceIdentifier": "\#(instance)", "dataset": "shop"}"#)
            let bucket = Emulator.uniqueName("clilake")
            try await S3Client(client: client).createBucket(bucket, region: emulator.region)
            let key = try await KMSClient(client: client).createKey(description: "cli test")
            return Setup(
                emulator: emulator, snapshot: snapshot, snapshotArn: created.arn, bucket: bucket, keyId: key.keyId,
                role: Emulator.uniqueName("clirole"))
        }

        /// Asserts, through the AWS API, that a refused run left no trace: no export role, no export
        /// task for the snapshot, nothing written to `bucket` (as the pipeline tests check).
        func expectNothingCreated(bucket: String, bucketRegion: String? = nil) async throws {
            let client = emulator.client()
            do {
                let found = try await IAMClient(client: client).getRole(name: role)
                Issue.record("the refused run created role \(found.arn)")
            } catch let error as AWSError where error.hasCode(IAMClient.ErrorCode.noSuchEntity) {}
            // moto answers DescribeExportTasks with every task, whatever the SourceArn filter: keep this
            // snapshot's (as SnapshotExportPipelineTests does).
            let tasks = try await RDSClient(client: client).describeExportTasks(sourceArn: snapshotArn).items
                .filter { $0.sourceArn == snapshotArn }
            #expect(tasks.isEmpty, "the refused run started \(tasks.map(\.identifier))")
            let objects = try await S3Client(client: emulator.client(region: bucketRegion))
                .listObjectsV2(bucket: bucket).objects
            #expect(objects.isEmpty, "the refused run wrote \(objects.map(\.key))")
        }

        func arguments(_ extra: [String] = []) -> [String] {
            ["ingest", "snapshot", snapshot, "--bucket", bucket, "--kms-key", keyId, "--role", role] + extra
        }
    }

    @Test func jsonSummaryThenStatusAndAQuietRerun() async throws {
        let setup = try await Setup.make()
        let env = setup.emulator.environment()
        let database = Emulator.uniqueName("clishop").replacingOccurrences(of: "-", with: "_")
        let first = try await CLIRunner.run(
            setup.arguments(["--catalog", database, "--poll-interval", "0.05", "--output", "json"]), environment: env)
        #expect(first.status == 0, "\(first.stderr)")
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: Any])
        #expect(summary["status"] as? String == "COMPLETE")
        #expect(summary["started"] as? Bool == true)
        let tables = try #require(summary["tables"] as? [[String: Any]])
        #expect(tables.compactMap { $0["table"] as? String } == ["shop.customers", "shop.orders"])
        let catalog = try #require(summary["catalog"] as? [[String: Any]])
        #expect(catalog.compactMap { $0["change"] as? String } == ["created", "created"])
        let taskId = try #require(summary["taskId"] as? String)

        // What the run did, read back through the AWS API rather than lakectl's summary.
        let client = setup.emulator.client()
        let task = try await RDSClient(client: client).describeExportTask(taskId)
        #expect(task.status == .complete)
        #expect(task.sourceArn == setup.snapshotArn)
        #expect(task.s3Bucket == setup.bucket)
        #expect(task.iamRoleArn == "arn:aws:iam::123456789012:role/\(setup.role)")
        #expect(try await IAMClient(client: client).getRole(name: setup.role).tags.contains(.managedByLakectl))
        let exported = try await S3Client(client: client).listObjectsV2(bucket: setup.bucket).objects
        #expect(!exported.isEmpty, "the export wrote nothing to \(setup.bucket)")
        let glue = GlueClient(client: client)
        for table in ["customers", "orders"] {
            let stored = try await glue.getTable(database: database, name: table)
            #expect(stored.storageDescriptor?.location?.hasPrefix("s3://\(setup.bucket)/") == true, "\(table)")
        }
        let orders = try await glue.getTable(database: database, name: "orders")
        #expect(orders.storageDescriptor?.columns?.contains { $0.type == "decimal(10,2)" } == true)

        let status = try await CLIRunner.run(["ingest", "status", taskId, "--output", "json"], environment: env)
        #expect(status.status == 0, "\(status.stderr)")
        #expect(status.stdout.contains("\"COMPLETE\""))

        let again = try await CLIRunner.run(
            setup.arguments(["--catalog", database, "--poll-interval", "0.05"]), environment: env)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains(taskId))
        #expect(again.stderr.contains("[unchanged]"))
        #expect(!again.stderr.contains("[created]"))

        let described = try await CLIRunner.run(
            ["catalog", "describe", "\(database).orders", "--output", "json"], environment: env)
        #expect(described.status == 0, "\(described.stderr)")
        #expect(described.stdout.contains("decimal(10,2)"))
    }

    @Test func wrongRegionBucketExitsOneNamingBothRegions() async throws {
        let setup = try await Setup.make()
        let bucket = Emulator.uniqueName("eulake")
        try await S3Client(client: setup.emulator.client(region: "eu-west-1")).createBucket(bucket, region: "eu-west-1")
        var arguments = setup.arguments()
        arguments[4] = bucket
        let result = try await CLIRunner.run(arguments, environment: setup.emulator.environment())
        #expect(result.status == 1)
        #expect(result.stderr.contains("eu-west-1") && result.stderr.contains("us-east-1"), "\(result.stderr)")
        try await setup.expectNothingCreated(bucket: bucket, bucketRegion: "eu-west-1")
    }

    /// Ctrl-C while waiting stops lakectl with 130, leaves the export running and says how to resume.
    @Test func interruptLeavesTheTaskRunningAndSaysHowToResume() async throws {
        let setup = try await Setup.make()
        let arguments = setup.arguments(["--poll-interval", "30"])
        let environment = setup.emulator.environment()
        // Blocking reads and waits run off the cooperative pool (see CLIRunner).
        let (status, stderr) = try await CLIRunner.offPool { () throws -> (Int32, String) in
            let process = Process()
            process.executableURL = CLIRunner.executable
            process.arguments = arguments
            process.environment = environment
            let err = Pipe()
            process.standardError = err
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            // Wait until the task has started (its step line), then interrupt.
            var seen = Data()
            let deadline = Date().addingTimeInterval(60)
            while Date() < deadline, !String(decoding: seen, as: UTF8.self).contains("export task:") {
                let chunk = err.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                seen.append(chunk)
            }
            kill(process.processIdentifier, SIGINT)
            let rest = err.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return (process.terminationStatus, String(decoding: seen + rest, as: UTF8.self))
        }
        #expect(status == 130, "\(stderr)")
        #expect(stderr.contains("lakectl ingest status lakectl-"), "\(stderr)")
        let taskId = try #require(stderr.split(separator: " ").first { $0.hasPrefix("lakectl-") }).trimmingCharacters(
            in: .whitespacesAndNewlines)
        let task = try await RDSClient(client: setup.emulator.client()).describeExportTask(taskId)
        #expect(!task.status.isFinal)

        let cancel = try await CLIRunner.run(["ingest", "cancel", taskId], environment: setup.emulator.environment())
        #expect(cancel.status == 0, "\(cancel.stderr)")
    }
}
