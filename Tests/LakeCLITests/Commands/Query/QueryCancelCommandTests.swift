import Foundation
import LakeTestSupport
import Testing

/// `lakectl query cancel QUERY_ID` against the emulator with signature checking on: it stops a query that
/// is still running, and a second run (or a run on a finished query) reports `unchanged` and leaves the
/// query's state as it was.
@Suite struct QueryCancelCommandTests {
    @Test func cancelStopsARunningQueryAndIsRerunnable() async throws {
        let shop = try await ShopParquetFixture.make()
        let env = shop.emulator.environment()
        func run(_ arguments: [String]) async throws -> [String: Any] {
            let result = try await CLIRunner.run(arguments + ["--output", "json"], environment: env)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            return try shop.json(result)
        }
        let started = try await shop.query("SELECT count(*) AS n FROM \(shop.database).orders", ["--no-wait"])
        let id = try #require(Self.lastWord(started.stdout), "\(started.stdout)")

        let first = try await run(["query", "cancel", id])
        #expect(first["change"] as? String == "cancelled")
        #expect(first["state"] as? String == "CANCELLED")
        let second = try await run(["query", "cancel", id])
        #expect(second["change"] as? String == "unchanged")
        #expect(second["state"] as? String == "CANCELLED")

        // A finished query keeps its state: nothing is stopped.
        let finished = try await shop.query("SELECT 1 AS one", ["--fetch", "page", "--output", "json"])
        #expect(finished.status == 0, "\(finished.stderr)")
        let finishedId = try #require(try shop.json(finished)["queryId"] as? String)
        let again = try await run(["query", "cancel", finishedId])
        #expect(again["change"] as? String == "unchanged")
        #expect(again["state"] as? String == "SUCCEEDED")
        // The progress line says how long once (the terminal's clock), not twice.
        let progress = finished.stderr.split(separator: "\n").filter { $0.contains("QUEUED") }
        #expect(!progress.isEmpty && progress.allSatisfy { $0.components(separatedBy: "elapsed").count == 2 })

        let unknown = try await CLIRunner.run(["query", "cancel", "no-such-query"], environment: env)
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("InvalidRequestException"), "\(unknown.stderr)")
    }

    static func lastWord(_ text: String) -> String? {
        text.split(whereSeparator: { $0.isWhitespace }).last.map(String.init)
    }
}
