import AWSCore
import AWSServices
import Foundation
import LakeTestSupport
import Testing

/// `lakectl job deploy|run|status|logs` as an operator runs them, against the emulator (signature checking
/// on); the gap layer runs a job's script the way EMULATOR.md describes.
@Suite struct JobCommandTests {
    struct Fixture {
        let emulator: Emulator
        let bucket: String
        let job: String
        let dir: URL

        static func make() async throws -> Fixture {
            let emulator = try Emulator.current()
            let bucket = Emulator.uniqueName("clijob")
            try await S3Client(client: emulator.client()).createBucket(bucket, region: emulator.region)
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent(Emulator.uniqueName("jobs"))
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            return Fixture(emulator: emulator, bucket: bucket, job: Emulator.uniqueName("job"), dir: dir)
        }

        func script(_ text: String) throws -> String {
            let path = dir.appendingPathComponent("daily.py").path
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            return path
        }

        func run(_ arguments: [String]) async throws -> CLIRunner.Result {
            try await CLIRunner.run(arguments, environment: emulator.environment())
        }

        func deploy(_ script: String) async throws -> CLIRunner.Result {
            try await run([
                "job", "deploy", job, "--script", script, "--scripts-location", "s3://\(bucket)/scripts/", "--arg",
                "day=2024-01-01", "--output", "json",
            ])
        }
    }

    @Test func deployTwiceRunFollowedThenAFailingRunExitsOneWithItsError() async throws {
        let f = try await Fixture.make()
        defer { try? FileManager.default.removeItem(at: f.dir) }
        let ok = try f.script("print(\"reading orders\")\nprint(\"wrote 2 rows\")\n")
        let first = try await f.deploy(ok)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("\"change\": \"created\""), "\(first.stdout)")
        let again = try await f.deploy(ok)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("\"change\": \"unchanged\""), "\(again.stdout)")
        #expect(again.stdout.contains("\"scriptChange\": \"unchanged\""), "\(again.stdout)")

        let followed = try await f.run(["job", "run", f.job, "--follow", "--poll-interval", "0.01"])
        #expect(followed.status == 0, "\(followed.stderr)")
        #expect(followed.stdout.contains("reading orders\nwrote 2 rows\n"), "\(followed.stdout)")
        #expect(followed.stdout.contains("SUCCEEDED in "), "\(followed.stdout)")

        let bad = try f.script("print(\"reading orders\")\nraise Exception(\"no orders for 2024-01-01\")\n")
        let redeployed = try await f.deploy(bad)
        #expect(redeployed.stdout.contains("\"scriptChange\": \"updated\""), "\(redeployed.stdout)")
        let failed = try await f.run(["job", "run", f.job, "--poll-interval", "0.01"])
        #expect(failed.status == 1)
        #expect(failed.stdout.contains("FAILED: Exception: no orders for 2024-01-01"), "\(failed.stdout)")
        #expect(failed.stdout.contains("last lines of the error log:"), "\(failed.stdout)")
        #expect(failed.stdout.contains("raise Exception(\"no orders for 2024-01-01\")"), "\(failed.stdout)")

        let status = try await f.run(["job", "status", f.job, "--output", "csv"])
        #expect(status.status == 0, "\(status.stderr)")
        #expect(status.stdout.split(separator: "\n").count == 3, "\(status.stdout)")
        let logs = try await f.run(["job", "logs", f.job, "--error"])
        #expect(logs.stdout.hasSuffix("Exception: no orders for 2024-01-01\n"), "\(logs.stdout)")
    }

    /// `--role auto --data-path`: the generated policy covers each data path (list on its bucket, read,
    /// write and delete under its prefix) and the default KMS key of its bucket, found through
    /// GetBucketEncryption; deploying again leaves the policy and the job unchanged.
    @Test func autoRoleCoversTheDataPathsAndTheirBucketKey() async throws {
        let f = try await Fixture.make()
        defer { try? FileManager.default.removeItem(at: f.dir) }
        let client = f.emulator.client()
        let data = Emulator.uniqueName("jobdata")
        let s3 = S3Client(client: client)
        try await s3.createBucket(data, region: f.emulator.region)
        let key = try await KMSClient(client: client).createKey(description: "job data")
        try await s3.putBucketEncryption(data, kmsKeyId: key.arn)
        let script = try f.script("print(\"ok\")\n")
        let arguments = [
            "job", "deploy", f.job, "--script", script, "--scripts-location", "s3://\(f.bucket)/scripts/",
            "--data-path", "s3://\(data)/curated/", "--data-path", "s3://\(data)/raw/orders/", "--output", "json",
        ]
        let first = try await f.run(arguments)
        #expect(first.status == 0, "\(first.stderr)")
        let again = try await f.run(arguments)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("\"change\": \"unchanged\""), "\(again.stdout)")
        let record = try #require(try JSONSerialization.jsonObject(with: Data(again.stdout.utf8)) as? [String: Any])
        let role = try #require(record["role"] as? String)
        let iam = IAMClient(client: client)
        let policy = try await iam.getPolicy(arn: role.replacingOccurrences(of: ":role/", with: ":policy/"))
        let version = try await iam.getPolicyVersion(arn: policy.arn, versionId: policy.defaultVersionId)
        let document = try #require(version.document?.removingPercentEncoding)
        #expect(policy.defaultVersionId == "v1", "a second deploy must not add a policy version")
        for resource in [
            "arn:aws:s3:::\(data)/curated/*", "arn:aws:s3:::\(data)/raw/orders/*", "arn:aws:s3:::\(data)\"",
            "arn:aws:s3:::\(f.bucket)/scripts/*", key.arn,
        ] {
            #expect(document.contains(resource), "\(resource) not in \(document)")
        }
        #expect(document.contains("kms:GenerateDataKey*"), "\(document)")
        let bad = try await f.run(["job", "deploy", f.job, "--script", script, "--data-path", "/tmp/out"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("--data-path must be an s3:// URL"), "\(bad.stderr)")
    }

    @Test func badArgumentsAreRefusedBeforeAnyCall() async throws {
        let f = try await Fixture.make()
        let result = try await f.run(["job", "deploy", "j", "--script", "x.py", "--arg", "novalue"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--arg must be KEY=VALUE, not novalue"), "\(result.stderr)")
        let missing = try await f.run(["job", "deploy", "j", "--script", "/nonexistent/x.py"])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("cannot read the script /nonexistent/x.py"), "\(missing.stderr)")
    }
}
