import Foundation
import LakeTestSupport
import Testing

/// The command tree as a user meets it (issue 9, item 14): `--version`, a typo'd subcommand named with the
/// nearest real one, `help NOSUCH` failing, and `--config` naming a file that is not there.
@Suite struct CommandTreeTests {
    private let env = [
        "PATH": "/usr/bin:/bin", "AWS_CONFIG_FILE": "/dev/null", "AWS_SHARED_CREDENTIALS_FILE": "/dev/null",
    ]

    @Test func versionPrintsAndExitsZero() async throws {
        let result = try await CLIRunner.run(["--version"], environment: env)
        #expect(result.status == 0)
        #expect(result.stdout == "0.2.0-dev\n")
    }

    @Test(arguments: [
        (["whomi"], "'whomi' is not a lakectl command; did you mean 'whoami'?"),
        (["iam", "rol"], "'rol' is not a lakectl iam command; did you mean 'role'?"),
        (["iam", "role", "detatch", "r", "p"], "'detatch' is not a lakectl iam role command; did you mean 'detach'?"),
        (["help", "nosuch"], "'nosuch' is not a lakectl command (commands: whoami,"),
    ])
    func unknownSubcommandIsAUsageErrorWithASuggestion(arguments: [String], message: String) async throws {
        let result = try await CLIRunner.run(arguments, environment: env)
        #expect(result.status == 64)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test func helpOfARealCommandStillWorks() async throws {
        let result = try await CLIRunner.run(["help", "iam", "role"], environment: env)
        #expect(result.status == 0)
        #expect(result.stdout.contains("detach"))
    }

    @Test func missingConfigFileIsAUsageError() async throws {
        let result = try await CLIRunner.run(["whoami", "--config", "no/such/lake.yaml"], environment: env)
        #expect(result.status == 64)
        #expect(result.stderr.contains("--config no/such/lake.yaml: no such file"), "\(result.stderr)")
    }

    /// Local commands take the common options too (`cat … --no-color`, `inspect -v`), as the README promises.
    @Test(arguments: [
        ["cat", "FILE", "--no-color", "--limit", "1"], ["inspect", "-v", "FILE"], ["profile", "--no-progress", "FILE"],
        ["preview", "FILE", "--profile", "x", "--limit", "1"],
    ])
    func localCommandsTakeTheCommonOptions(arguments: [String]) async throws {
        let file = try Fixtures.corpusItem("parquet/apache-parquet-testing/data/alltypes_plain.parquet").path
        let result = try await CLIRunner.run(arguments.map { $0 == "FILE" ? file : $0 }, environment: env)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        #expect(!result.stdout.isEmpty)
    }
}
