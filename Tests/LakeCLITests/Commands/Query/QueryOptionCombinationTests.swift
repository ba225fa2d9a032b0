import LakeTestSupport
import Testing

/// Options that would have no effect in the combination given are usage errors (exit 64) naming the option,
/// found before any AWS call (no emulator involved: the environment has no credentials).
@Suite struct QueryOptionCombinationTests {
    @Test(arguments: [
        (["query", "SELECT 1", "--unload", "s3://b/p/", "--max-rows", "5"], "--max-rows shapes the rows"),
        (["query", "SELECT 1", "--unload", "s3://b/p/", "--fetch", "csv"], "--unload writes them to files"),
        (["query", "SELECT 1", "--no-wait", "--fetch", "csv"], "--no-wait prints only the query id"),
        (["query", "SELECT 1", "--no-wait", "--keep-unload"], "--keep-unload shapes the rows"),
        (["query", "SELECT 1", "--keep-unload", "--fetch", "page"], "--fetch page writes none"),
        (["query", "results", "some-id", "--fetch", "unload"], "a query that already ran cannot"),
        (["query", "history", "--state", "done"], "--state must be one of QUEUED, RUNNING, SUCCEEDED"),
    ])
    func ignoredOptionIsAUsageError(arguments: [String], message: String) async throws {
        let result = try await CLIRunner.run(arguments, environment: [:])
        #expect(result.status == 64, "\(result.stderr)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }
}
