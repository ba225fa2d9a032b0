import AWSCore
import AWSServices
import Foundation
import LakeTestSupport
import Testing

/// `lakectl stream create|show|list|delete` as an operator runs them: the binary against the emulator with
/// signature checking on.
@Suite struct StreamCommandTests {
    @Test func createThenReRunUnchangedShowListAndDelete() async throws {
        let emulator = try Emulator.current()
        let bucket = Emulator.uniqueName("clistream")
        try await S3Client(client: emulator.client()).createBucket(bucket, region: emulator.region)
        let name = Emulator.uniqueName("clicks")
        let create = [
            "stream", "create", name, "--bucket", bucket, "--prefix", "raw/clicks/", "--buffer-size", "32MB",
            "--buffer-interval", "2m", "--compression", "GZIP", "--output", "json", "--poll-interval", "0.05",
        ]
        let first = try await CLIRunner.run(create, environment: emulator.environment())
        #expect(first.status == 0, "\(first.stderr)")
        let created = try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: Any] ?? [:]
        #expect(created["change"] as? String == "created", "\(first.stdout)")
        #expect(created["roleChange"] as? String == "created", "\(first.stdout)")
        #expect((created["role"] as? String)?.hasSuffix("role/lakectl-firehose-\(name)") == true, "\(first.stdout)")

        let again = try await CLIRunner.run(create, environment: emulator.environment())
        #expect(again.status == 0, "\(again.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(again.stdout.utf8)) as? [String: Any] ?? [:]
        #expect(json["change"] as? String == "unchanged")
        #expect(json["roleChange"] as? String == "unchanged")
        #expect(json["status"] as? String == "ACTIVE")

        let show = try await CLIRunner.run(
            ["stream", "show", name, "--output", "json"], environment: emulator.environment())
        #expect(show.status == 0, "\(show.stderr)")
        let shown = try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any] ?? [:]
        #expect(shown["bufferSizeMB"] as? Int == 32)
        #expect(shown["bufferIntervalSeconds"] as? Int == 120)
        #expect(shown["compression"] as? String == "GZIP")
        #expect(shown["bucket"] as? String == "arn:aws:s3:::\(bucket)")

        let list = try await CLIRunner.run(["stream", "list"], environment: emulator.environment())
        #expect(list.stdout.contains(name))

        let delete = try await CLIRunner.run(["stream", "delete", name], environment: emulator.environment())
        #expect(delete.status == 0, "\(delete.stderr)")
        let gone = try await CLIRunner.run(["stream", "show", name], environment: emulator.environment())
        #expect(gone.status == 1)
        #expect(gone.stderr.contains("no delivery stream named \(name)"), "\(gone.stderr)")
    }

    @Test func anExpressionPrefixWithoutErrorPrefixIsRefusedWithTheFix() async throws {
        let emulator = try Emulator.current()
        let result = try await CLIRunner.run(
            ["stream", "create", "clicks", "--bucket", "b", "--prefix", "raw/!{timestamp:yyyy/MM}/"],
            environment: emulator.environment())
        #expect(result.status == 64)
        #expect(result.stderr.contains("--error-prefix"), "\(result.stderr)")
    }
}
