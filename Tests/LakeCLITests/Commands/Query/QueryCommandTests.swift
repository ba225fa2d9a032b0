import Foundation
import LakeTestSupport
import Testing

/// `lakectl query` as an analyst runs it: the binary against the emulator's Athena (DuckDB over the
/// Parquet objects behind Glue tables), signature checking on.
@Suite struct QueryCommandTests {
    @Test func groupByOverParquetMatchesReadingTheParquetDirectly() async throws {
        let shop = try await ShopParquetFixture.make()
        let result = try await shop.query(
            "SELECT status, count(*) AS orders, sum(amount) AS total, count(shipped_on) AS shipped "
                + "FROM \(shop.database).orders GROUP BY status ORDER BY status",
            ["--output", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try shop.json(result)
        let rows = try #require(json["rows"] as? [[String: Any]])
        #expect(rows.count == shop.expected.byStatus.count)
        for row in rows {
            let status = try #require(row["status"] as? String)
            let expected = try #require(shop.expected.byStatus[status])
            #expect((row["orders"] as? NSNumber)?.stringValue == expected[0], "\(status)")
            #expect(row["total"] as? String == expected[1], "decimal sum of \(status) must be exact text")
            #expect((row["shipped"] as? NSNumber)?.stringValue == expected[2], "\(status)")
        }
        let columns = try #require(json["columns"] as? [[String: String]])
        #expect(columns.map { $0["type"] ?? "" } == ["varchar", "bigint", "decimal(38,2)", "bigint"])
        let statistics = try #require(json["statistics"] as? [String: Any])
        #expect((statistics["dataScannedBytes"] as? Int ?? 0) > 0)
        #expect(statistics["costDollars"] as? Double == 10_000_000 / 1e12 * 5)
    }

    @Test func nullsAndTableFooter() async throws {
        let shop = try await ShopParquetFixture.make()
        let result = try await shop.query(
            "SELECT count(*) AS customers, sum(CASE WHEN loyalty_tier IS NULL THEN 1 ELSE 0 END) AS no_tier "
                + "FROM customers",
            ["--database", shop.database])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        #expect(lines.last == ["\(shop.expected.customers)", "\(shop.expected.customersWithoutTier)"])
        #expect(result.stderr.contains("1 row · "), "\(result.stderr)")
        #expect(result.stderr.contains("scanned · engine "), "\(result.stderr)")
        #expect(result.stderr.contains("$0.000050"), "\(result.stderr)")
    }

    @Test func threeThousandRowsPageIntoCSV() async throws {
        let shop = try await ShopParquetFixture.make()
        let result = try await shop.query(
            "SELECT order_id FROM \(shop.database).orders ORDER BY order_id", ["--output", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "order_id")
        #expect(lines.dropFirst().map { Int64($0) ?? -1 } == shop.expected.orderIds)
        #expect(shop.expected.orderIds.count > 2500)

        let limited = try await shop.query(
            "SELECT order_id FROM \(shop.database).orders ORDER BY order_id",
            ["--output", "jsonl", "--max-rows", "1200"])
        #expect(limited.stdout.split(separator: "\n").count == 1200)
    }

    @Test func parametersFilterServerSide() async throws {
        let shop = try await ShopParquetFixture.make()
        let result = try await shop.query(
            "SELECT count(*) AS n FROM orders WHERE status = ? AND quantity >= ?",
            ["--database", shop.database, "--param", "'paid'", "--param", "1", "--output", "jsonl"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
                == #"{"n":\#(shop.expected.byStatus["paid"]?[0] ?? "?")}"#)
    }

    @Test func failedQueryPrintsTheReasonAndExitsOne() async throws {
        let shop = try await ShopParquetFixture.make()
        let result = try await shop.query("SELECT no_such_column FROM \(shop.database).orders")
        #expect(result.status == 1)
        #expect(result.stderr.contains("FAILED"), "\(result.stderr)")
        #expect(result.stderr.contains("no_such_column"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func noWaitThenStatusAndResultsByQueryId() async throws {
        let shop = try await ShopParquetFixture.make()
        let started = try await shop.query(
            "SELECT status FROM \(shop.database).orders GROUP BY status ORDER BY status",
            ["--no-wait", "--output", "json"])
        #expect(started.status == 0, "\(started.stderr)")
        let id = try #require(try shop.json(started)["queryId"] as? String)

        let env = shop.emulator.environment()
        let status = try await CLIRunner.run(["query", "status", id, "--output", "json"], environment: env)
        #expect(status.status == 0, "\(status.stderr)")
        #expect(try shop.json(status)["queryId"] as? String == id)

        let results = try await CLIRunner.run(["query", "results", id, "--output", "csv"], environment: env)
        #expect(results.status == 0, "\(results.stderr)")
        #expect(
            results.stdout.split(separator: "\n").map(String.init) == ["status"] + shop.expected.byStatus.keys.sorted())

        let unknown = try await CLIRunner.run(["query", "status", "no-such-query"], environment: env)
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("InvalidRequestException"), "\(unknown.stderr)")
    }

    /// Ctrl-C while waiting stops the query in Athena (it ends CANCELLED) and exits 130 naming it.
    @Test func interruptCancelsTheQueryInAthena() async throws {
        let shop = try await ShopParquetFixture.make()
        let arguments = [
            "query", "SELECT 1", "--output-location", "s3://\(shop.bucket)-results/q/", "--poll-interval", "30",
        ]
        let environment = shop.emulator.environment()
        let (status, stderr) = try await CLIRunner.offPool { () throws -> (Int32, String) in
            let process = Process()
            process.executableURL = CLIRunner.executable
            process.arguments = arguments
            process.environment = environment
            let err = Pipe()
            process.standardError = err
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            var seen = Data()
            let deadline = Date().addingTimeInterval(60)
            while Date() < deadline, !String(decoding: seen, as: UTF8.self).contains("QUEUED") {
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
        let id = try #require(
            stderr.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init).first { $0.count == 36 })
        let after = try await CLIRunner.run(["query", "status", id, "--output", "json"], environment: environment)
        #expect(try shop.json(after)["state"] as? String == "CANCELLED", "\(after.stdout)")
        #expect(after.status == 1)
    }
}
