import AWSCore
import AWSServices
import Foundation
import LakeTestSupport
import Testing

/// `lakectl ingest snapshot --plan`: prints what would change and writes nothing.
@Suite struct IngestSnapshotPlanCommandTests {
    typealias Setup = IngestSnapshotCommandTests.Setup

    @Test func planPrintsTheChangesAndCreatesNothing() async throws {
        let setup = try await Setup.make()
        let env = setup.emulator.environment()
        let text = try await CLIRunner.run(setup.arguments(["--plan"]), environment: env)
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("+ iam role \(setup.role)\n"), "\(text.stdout)")
        #expect(text.stdout.contains("+ iam policy \(setup.role)-\(setup.bucket)-"))
        #expect(text.stdout.contains("~ kms key grant "))
        #expect(text.stdout.contains("    key policy: (none) → {"))
        #expect(text.stdout.contains("+ rds export task lakectl-"))
        #expect(text.stdout.contains("Plan: 3 to create, 1 to update, 0 to delete, 0 unchanged."))

        let json = try await CLIRunner.run(setup.arguments(["--plan", "--output", "json"]), environment: env)
        #expect(json.status == 0, "\(json.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let changes = try #require(object["changes"] as? [[String: Any]])
        #expect(
            changes.compactMap { $0["kind"] as? String } == [
                "iam policy", "iam role", "kms key grant", "rds export task",
            ])

        let missing = await #expect(throws: AWSError.self) {
            try await IAMClient(client: setup.emulator.client()).getRole(name: setup.role)
        }
        #expect(missing?.hasCode(IAMClient.ErrorCode.noSuchEntity) == true)
    }

    /// Issue 9, item 5 at the command line: `--export-only a,b` with a bad name is refused before anything.
    @Test func aBadExportOnlyNameIsRefusedNamingIt() async throws {
        let setup = try await Setup.make()
        let result = try await CLIRunner.run(
            setup.arguments(["--export-only", "shop.orders,shop.*"]), environment: setup.emulator.environment())
        #expect(result.status == 1)
        #expect(result.stderr.contains("--export-only \"shop.*\""), "\(result.stderr)")
    }
}
