import Foundation
import LakeTestSupport
import Testing

/// `lakectl query history` and `lakectl usage` over queries run in a workgroup of their own (the emulator
/// keeps ListQueryExecutions per workgroup, newest first): the rows and the sums must add up.
@Suite struct QueryHistoryCommandTests {
    @Test func historyAndUsageAddUpOverSeveralQueries() async throws {
        let shop = try await ShopParquetFixture.make()
        let workgroup = Emulator.uniqueName("wg")
        let created = try await CLIRunner.run(
            ["workgroup", "create", workgroup], environment: shop.emulator.environment())
        #expect(created.status == 0, "\(created.stderr)")
        let sqls = [
            "SELECT count(*) AS n FROM \(shop.database).orders",
            "SELECT status FROM \(shop.database).orders WHERE amount > 900",
            "SELECT no_such_column FROM \(shop.database).orders",
        ]
        for sql in sqls {
            _ = try await shop.query(sql, ["--workgroup", workgroup, "--output", "json"])
        }
        let env = shop.emulator.environment()

        let history = try await CLIRunner.run(
            ["query", "history", "--workgroup", workgroup, "--since", "1h", "--output", "json"], environment: env)
        #expect(history.status == 0, "\(history.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(history.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 3)
        #expect(rows.map { $0["sql"] as? String } == sqls.reversed().map { $0 })  // newest first
        #expect(rows.map { $0["state"] as? String } == ["FAILED", "SUCCEEDED", "SUCCEEDED"])
        let scanned = rows.compactMap { ($0["scannedBytes"] as? NSNumber)?.int64Value }.reduce(0, +)
        #expect(scanned > 0)

        let failedOnly = try await CLIRunner.run(
            ["query", "history", "--workgroup", workgroup, "--state", "failed", "--output", "json"], environment: env)
        let failedRows = try JSONSerialization.jsonObject(with: Data(failedOnly.stdout.utf8)) as? [[String: Any]]
        #expect(failedRows?.count == 1)

        let usage = try await CLIRunner.run(
            ["usage", "--workgroup", workgroup, "--since", "1d", "--output", "json"], environment: env)
        #expect(usage.status == 0, "\(usage.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(usage.stdout.utf8)) as? [String: Any])
        let totals = try #require(report["totals"] as? [String: Any])
        #expect(totals["queries"] as? Int == 3)
        #expect((totals["scannedBytes"] as? NSNumber)?.int64Value == scanned)
        // Two billed queries at the 10 MB minimum each (their scans are far smaller); the failed one is free.
        #expect(totals["costDollars"] as? Double == 2 * 10_000_000 / 1e12 * 5)
        let days = try #require(report["days"] as? [[String: Any]])
        #expect(days.count == 1)
        #expect(days.first?["succeeded"] as? Int == 2)
        #expect(days.first?["failed"] as? Int == 1)
        #expect((report["costliest"] as? [[String: Any]])?.count == 2)

        let bad = try await CLIRunner.run(["usage", "--since", "7 days"], environment: env)
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("--since 7 days is not a time span"), "\(bad.stderr)")
    }
}
