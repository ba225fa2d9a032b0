import AWSCore
import AWSServices
import Foundation
import LakeTestSupport
import Testing

/// `lakectl stream create --log-group` as an operator runs it: the log group is made, `stream show` names
/// where Firehose logs delivery errors, and a re-run is unchanged.
@Suite struct StreamLoggingCommandTests {
    @Test func createWithALogGroupThenShowNamesIt() async throws {
        let emulator = try Emulator.current()
        let bucket = Emulator.uniqueName("clilogged")
        try await S3Client(client: emulator.client()).createBucket(bucket, region: emulator.region)
        let name = Emulator.uniqueName("logged")
        let group = "/lakectl/\(name)"
        let create = [
            "stream", "create", name, "--bucket", bucket, "--log-group", group, "--log-stream", "errors",
            "--output", "json", "--poll-interval", "0.05",
        ]
        let first = try await CLIRunner.run(create, environment: emulator.environment())
        #expect(first.status == 0, "\(first.stderr)")
        let again = try await CLIRunner.run(create, environment: emulator.environment())
        let json = try JSONSerialization.jsonObject(with: Data(again.stdout.utf8)) as? [String: Any] ?? [:]
        #expect(json["change"] as? String == "unchanged", "\(again.stdout)")

        let show = try await CLIRunner.run(
            ["stream", "show", name, "--output", "json"], environment: emulator.environment())
        let shown = try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any] ?? [:]
        #expect(shown["logging"] as? String == "\(group)/errors", "\(show.stdout)")
        #expect(try await CloudWatchLogsClient(client: emulator.client()).ensureLogGroup(group) == false)

        let refused = try await CLIRunner.run(
            ["stream", "create", name, "--bucket", bucket, "--log-stream", "errors"],
            environment: emulator.environment())
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("--log-group"), "\(refused.stderr)")
    }
}
