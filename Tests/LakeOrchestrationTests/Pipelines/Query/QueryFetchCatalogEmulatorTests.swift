import AWSServices
import Foundation
import LakeTestSupport
import Testing

@testable import LakeOrchestration

/// `auto` against the emulator asks the Glue catalog how large a single-table SELECT's table is: a small
/// table pages, a large one UNLOADs (both by the bytes under their locations), and a crawler's
/// `recordCount` is believed over the bytes. Each answers all of its rows whatever the path.
@Suite struct QueryFetchCatalogEmulatorTests {
    static let largeRows = QueryFetch.csvMaxRows + 1

    /// A bucket with the `small` (50 rows), `large` (`largeRows`) and `counted` (`large`'s files, a
    /// crawler's recordCount of 40) tables in a fresh Glue database.
    static func tables() async throws -> (QueryPipeline, S3Client, bucket: String, database: String) {
        let (pipeline, s3, bucket) = try await QueryFetchEmulatorTests.setUp()
        let output = "s3://\(bucket)/results/"
        let largeRows = Self.largeRows
        // 32 hex characters a row: more than `storedBytesPerRow` whatever the compression.
        for (name, rows) in [("small", 50), ("large", largeRows)] {
            _ = try await pipeline.unload(
                QueryRequest(
                    sql: "SELECT range AS n, md5(CAST(range AS varchar)) AS h FROM range(\(rows))",
                    outputLocation: output),
                to: "s3://\(bucket)/tables/\(name)/", format: "parquet", events: { _ in })
        }
        let glue = GlueClient(client: try EmulatorClients.client())
        let database = EmulatorClients.unique("fetchcat").replacingOccurrences(of: "-", with: "_")
        try await glue.createDatabase(GlueDatabaseInput(name: database))
        let columns = [GlueColumn(name: "n", type: "bigint"), GlueColumn(name: "h", type: "string")]
        for (name, folder, parameters) in [
            ("small", "small", [String: String]()), ("large", "large", [:]),
            ("counted", "large", ["recordCount": "40", "classification": "parquet"]),
        ] {
            try await glue.createTable(
                database: database,
                GlueTableInput(
                    name: name, parameters: parameters,
                    storageDescriptor: .parquet(columns: columns, location: "s3://\(bucket)/tables/\(folder)/")))
        }
        return (pipeline, s3, bucket, database)
    }

    @Test func aLargeTablePicksUnloadAndASmallOnePage() async throws {
        let (pipeline, s3, bucket, database) = try await Self.tables()
        let output = "s3://\(bucket)/results/"
        let largeRows = Self.largeRows

        let small = try await pipeline.run(
            QueryRequest(sql: "SELECT n, h FROM \(database).small", outputLocation: output), events: { _ in })
        #expect(small.fetch == .page)
        #expect(small.rows.count == 50)

        let large = try await pipeline.run(
            QueryRequest(sql: "SELECT n, h FROM large WHERE n >= 0", database: database, outputLocation: output),
            events: { _ in })
        #expect(large.fetch == .unload)
        let numbers = large.rows.compactMap { if case .int(let n) = $0[0] { return n } else { return nil } }
        #expect(numbers.sorted() == (0..<largeRows).map { Int64($0) })
        #expect(try await s3.listAllObjects(bucket: bucket, prefix: "results/lakectl-unload/").isEmpty)

        let counted = try await pipeline.run(
            QueryRequest(sql: "SELECT * FROM \(database).counted", outputLocation: output), events: { _ in })
        #expect(counted.fetch == .page, "the crawler's recordCount, not the bytes")
        #expect(counted.rows.count == largeRows)

        // The same large table ordered: never UNLOAD (order across files), the result CSV instead.
        let ordered = try await pipeline.run(
            QueryRequest(sql: "SELECT n FROM \(database).large ORDER BY n DESC", outputLocation: output),
            events: { _ in })
        #expect(ordered.fetch == .csv)
        #expect(ordered.rows.first == [.int(Int64(largeRows - 1))])

        // A table the catalog does not know: the size is unknown and the query's own error is what is reported.
        await #expect(throws: QueryError.self) {
            try await pipeline.run(
                QueryRequest(sql: "SELECT * FROM \(database).missing", outputLocation: output), events: { _ in })
        }
    }

    /// Through the fault proxy (500s, throttling, resets before and after the emulator saw the request) the
    /// catalog lookup, the UNLOAD and its read-back still answer every row once and leave no files behind.
    @Test(arguments: [5, 17])
    func theCatalogChoiceUnderFaultsAnswersEveryRowOnce(seed: Int) async throws {
        let (_, s3, bucket, database) = try await Self.tables()
        let proxy = try await FaultProxy.start(
            rate: 0.3, seed: seed, kinds: [.internalError, .throttle, .resetBefore, .resetAfter])
        defer { proxy.stop() }
        var pipeline = QueryPipeline(client: proxy.client(maxAttempts: 10))
        pipeline.pollSeconds = (0.01, 0.05)
        let output = "s3://\(bucket)/results/"
        let small = try await pipeline.run(
            QueryRequest(sql: "SELECT n FROM \(database).small", outputLocation: output), events: { _ in })
        #expect(small.fetch == .page)
        #expect(small.rows.map { $0[0] } == (0..<50).map { QueryValue.int(Int64($0)) })
        let large = try await pipeline.run(
            QueryRequest(sql: "SELECT n FROM \(database).large", outputLocation: output), events: { _ in })
        #expect(large.fetch == .unload)
        let numbers = large.rows.compactMap { if case .int(let n) = $0[0] { return n } else { return nil } }
        #expect(numbers.sorted() == (0..<Self.largeRows).map { Int64($0) })
        #expect(
            try await proxy.stats().faultsTotal > 0, "the schedule must inject faults for this test to mean anything")
        #expect(try await s3.listAllObjects(bucket: bucket, prefix: "results/lakectl-unload/").isEmpty)
    }
}
