import AWSServices
import Foundation
import LakeTestSupport
import Testing

/// `lakectl query --fetch …` and `--unload` over the emulator's `shop` tables, signature checking on: the
/// UNLOAD path answers the rows pyarrow reads from the Parquet directly, and `--unload` leaves files.
@Suite struct QueryFetchCommandTests {
    @Test func unloadFetchAnswersWhatPyarrowReads() async throws {
        let shop = try await ShopParquetFixture.make()
        let result = try await shop.query(
            "SELECT order_id, amount FROM \(shop.database).orders", ["--fetch", "unload", "--output", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try shop.json(result)
        #expect(json["fetch"] as? String == "unload")
        let rows = try #require(json["rows"] as? [[String: Any]])
        #expect(rows.compactMap { ($0["order_id"] as? NSNumber)?.int64Value }.sorted() == shop.expected.orderIds)
        #expect(rows.allSatisfy { $0["amount"] is String || $0["amount"] is NSNull }, "decimals stay exact text")
    }

    @Test func unloadToAPrefixListsTheFilesInsteadOfRows() async throws {
        let shop = try await ShopParquetFixture.make()
        let location = "s3://\(shop.bucket)-results/export/"
        let result = try await shop.query(
            "SELECT * FROM \(shop.database).orders", ["--unload", location, "--output", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try shop.json(result)
        #expect(json["location"] as? String == location)
        let files = try #require(json["files"] as? [[String: Any]])
        #expect(!files.isEmpty)
        #expect(files.allSatisfy { ($0["file"] as? String)?.hasPrefix(location) == true })
        #expect(files.allSatisfy { (($0["bytes"] as? NSNumber)?.intValue ?? 0) > 0 })

        let again = try await shop.query("SELECT * FROM \(shop.database).orders", ["--unload", location])
        #expect(again.status == 1, "Athena refuses to UNLOAD into a prefix that holds files")
        #expect(again.stderr.contains("HIVE_PATH_ALREADY_EXISTS"), "\(again.stderr)")
        // The failed UNLOAD's cleanup removes only what that query wrote: the first run's files stay.
        let s3 = S3Client(client: shop.emulator.client())
        let kept = try await s3.listAllObjects(bucket: "\(shop.bucket)-results", prefix: "export/")
        #expect(
            kept.map { "s3://\(shop.bucket)-results/\($0.key)" }.sorted()
                == files.compactMap { $0["file"] as? String }.sorted())
    }

    @Test func formatWithoutUnloadIsAUsageError() async throws {
        let result = try await CLIRunner.run(["query", "SELECT 1", "--format", "csv"], environment: [:])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--format csv is the --unload file format"), "\(result.stderr)")
    }

    @Test func unloadAsCSVWritesTextFilesHoldingEveryRow() async throws {
        let shop = try await ShopParquetFixture.make()
        let location = "s3://\(shop.bucket)-results/text/"
        let result = try await shop.query(
            "SELECT order_id, status FROM \(shop.database).orders",
            ["--unload", location, "--format", "csv", "--output", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let files = try #require(try shop.json(result)["files"] as? [[String: Any]])
        let s3 = S3Client(client: shop.emulator.client())
        var ids: [Int64] = []
        for file in files.compactMap({ $0["file"] as? String }) {
            let key = String(file.dropFirst("s3://\(shop.bucket)-results/".count))
            let text = String(
                decoding: try await s3.getObject(bucket: "\(shop.bucket)-results", key: key).bytes, as: UTF8.self)
            ids += text.split(separator: "\n").map { Int64($0.split(separator: ",").first ?? "") ?? -1 }
        }
        #expect(ids.sorted() == shop.expected.orderIds, "comma-separated text, no header, one line per row")
    }

    /// `--unload --no-wait` starts the UNLOAD itself (not the bare SELECT) and prints its id; `query results`
    /// waits for it and lists the files it wrote, which hold every row.
    @Test func unloadWithoutWaitingStartsTheUnloadAndResultsListItsFiles() async throws {
        let shop = try await ShopParquetFixture.make()
        let bucket = "\(shop.bucket)-results"
        let location = "s3://\(bucket)/later/"
        let started = try await shop.query(
            "SELECT order_id FROM \(shop.database).orders", ["--unload", location, "--no-wait", "--output", "json"])
        #expect(started.status == 0, "\(started.stderr)")
        let id = try #require(try shop.json(started)["queryId"] as? String)

        let env = shop.emulator.environment()
        let results = try await CLIRunner.run(["query", "results", id, "--output", "json"], environment: env)
        #expect(results.status == 0, "\(results.stderr)")
        let json = try shop.json(results)
        #expect(json["queryId"] as? String == id)
        #expect(json["location"] as? String == location)
        let files = try #require(json["files"] as? [[String: Any]]).compactMap { $0["file"] as? String }
        let s3 = S3Client(client: shop.emulator.client())
        let listed = try await s3.listAllObjects(bucket: bucket, prefix: "later/")
        #expect(!files.isEmpty)
        #expect(files == listed.map { "s3://\(bucket)/\($0.key)" }.sorted())

        let table = try await CLIRunner.run(["query", "results", id], environment: env)
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stderr.contains("under \(location)"), "\(table.stderr)")
    }

    /// `query results ID` of a query the unload fetch path ran: its rows are the Parquet files (Athena keeps
    /// no result CSV for an UNLOAD), read again while `--keep-unload` kept them; once removed, the error says
    /// how to get the rows instead of an S3 404.
    @Test func resultsOfAnUnloadFetchedQueryReadItsKeptFilesOrSayTheyAreGone() async throws {
        let shop = try await ShopParquetFixture.make()
        let sql = "SELECT order_id FROM \(shop.database).orders"
        let kept = try await shop.query(sql, ["--keep-unload", "--output", "json"])
        #expect(kept.status == 0, "\(kept.stderr)")
        let first = try shop.json(kept)
        #expect(first["fetch"] as? String == "unload")
        let id = try #require(first["queryId"] as? String)

        let env = shop.emulator.environment()
        let again = try await CLIRunner.run(["query", "results", id, "--output", "json"], environment: env)
        #expect(again.status == 0, "\(again.stderr)")
        let rows = try #require(try shop.json(again)["rows"] as? [[String: Any]])
        #expect(rows.compactMap { ($0["order_id"] as? NSNumber)?.int64Value }.sorted() == shop.expected.orderIds)

        let removed = try await shop.query(sql, ["--output", "json"])
        #expect(removed.status == 0, "\(removed.stderr)")
        let removedId = try #require(try shop.json(removed)["queryId"] as? String)
        let gone = try await CLIRunner.run(["query", "results", removedId], environment: env)
        #expect(gone.status == 1)
        #expect(gone.stderr.contains("were removed once read"), "\(gone.stderr)")
        #expect(gone.stderr.contains("--keep-unload"), "\(gone.stderr)")
    }
}
