import AWSCore
import AWSServices
import Foundation
import Testing

@testable import LakeOrchestration

/// The three fetch paths against the emulator's Athena (signature checking on): the same query answers the
/// same typed rows whether paged, read from the result CSV, or UNLOADed to Parquet and read back.
@Suite struct QueryFetchEmulatorTests {
    static func setUp() async throws -> (QueryPipeline, S3Client, String) {
        let client = try EmulatorClients.client()
        let bucket = EmulatorClients.unique("fetch")
        let s3 = S3Client(client: client)
        try await s3.createBucket(bucket)
        var pipeline = QueryPipeline(client: client)
        pipeline.pollSeconds = (0.01, 0.05)
        return (pipeline, s3, bucket)
    }

    /// 25,000 rows: 26 pages, 3 UNLOAD files; decimals, doubles, timestamps, NULL next to '', arrays, rows.
    static let sql = """
        SELECT range AS n, CAST(range * 1.25 AS decimal(12,2)) AS price, CAST(range AS double) / 8 AS ratio,
          TIMESTAMP '2024-02-29 10:11:12.345' + to_seconds(range) AS at,
          CASE WHEN range % 5 = 0 THEN NULL WHEN range % 7 = 0 THEN '' ELSE 'v' || range END AS label,
          [range, range + 1] AS pair, {'id': range, 'even': range % 2 = 0} AS info
        FROM range(25000)
        """

    @Test func pageCSVAndUnloadAnswerTheSameRows() async throws {
        let (pipeline, s3, bucket) = try await Self.setUp()
        let request = QueryRequest(sql: Self.sql, outputLocation: "s3://\(bucket)/results/")
        let paged = try await pipeline.run(request, fetch: .page, events: { _ in })
        let csv = try await pipeline.results(paged.status.queryId, fetch: .csv)
        var again = request
        again.clientRequestToken = UUID().uuidString
        let unloaded = try await pipeline.run(again, fetch: .unload, events: { _ in })

        #expect(paged.fetch == .page && csv.fetch == .csv && unloaded.fetch == .unload)
        #expect(paged.rows.count == 25_000)
        #expect(
            paged.columns.map(\.typeDescription) == [
                "bigint", "decimal(12,2)", "double", "timestamp", "varchar", "array", "row",
            ])
        #expect(csv.columns == paged.columns)
        #expect(unloaded.columns.map(\.typeDescription) == paged.columns.map(\.typeDescription))
        #expect(csv.rows == paged.rows)
        #expect(unloaded.rows == paged.rows)
        #expect(
            paged.rows[7] == [
                .int(7), .decimal("8.75"), .double(0.875), .string("2024-02-29T10:11:19.345"), .string(""),
                .array([.int(7), .int(8)]), .object([QueryField("id", .int(7)), QueryField("even", .bool(false))]),
            ])
        #expect(paged.rows[10][4] == .null)
        // The UNLOAD files were removed once read.
        #expect(try await s3.listAllObjects(bucket: bucket, prefix: "results/lakectl-unload/").isEmpty)
    }

    @Test func keepUnloadLeavesTheParquetAndMaxRowsCutsEveryPath() async throws {
        let (pipeline, s3, bucket) = try await Self.setUp()
        let request = QueryRequest(sql: "SELECT range AS n FROM range(12000)", outputLocation: "s3://\(bucket)/out")
        let kept = try await pipeline.run(request, maxRows: 11_000, fetch: .unload, keepUnload: true, events: { _ in })
        #expect(kept.rows.count == 11_000 && kept.truncated)
        let location = try #require(kept.unloadLocation)
        #expect(location == "s3://\(bucket)/out/lakectl-unload/\(request.clientRequestToken)/")
        let files = try await s3.listAllObjects(bucket: bucket, prefix: "out/lakectl-unload/")
        #expect(files.count == 2)

        let plain = try await pipeline.run(
            QueryRequest(sql: request.sql, outputLocation: request.outputLocation), maxRows: 1500, fetch: .csv,
            events: { _ in })
        #expect(plain.rows.count == 1500 && plain.truncated)
        #expect(plain.rows.last == [.int(1499)])
    }

    @Test func reuseAnswersWithTheEarlierResultAndUnloadNeedsALocation() async throws {
        let (pipeline, _, bucket) = try await Self.setUp()
        let sql = "SELECT 'reuse-\(UUID().uuidString)' AS tag, 42 AS n"
        let output = "s3://\(bucket)/results/"
        let first = try await pipeline.run(
            QueryRequest(sql: sql, outputLocation: output, reuseMinutes: 60), events: { _ in })
        let second = try await pipeline.run(
            QueryRequest(sql: sql, outputLocation: output, reuseMinutes: 60), events: { _ in })
        let fresh = try await pipeline.run(QueryRequest(sql: sql, outputLocation: output), events: { _ in })
        #expect(!first.status.reusedPreviousResult)
        #expect(second.status.reusedPreviousResult)
        #expect(second.status.queryId != first.status.queryId)
        #expect(second.rows == first.rows)
        #expect(!fresh.status.reusedPreviousResult)

        await #expect(throws: QueryFetchError.unloadNeedsOutputLocation) {
            try await pipeline.run(QueryRequest(sql: sql), fetch: .unload, events: { _ in })
        }
        await #expect(throws: QueryFetchError.unloadNeedsSelect) {
            try await pipeline.run(
                QueryRequest(sql: "SHOW TABLES", outputLocation: output), fetch: .unload, events: { _ in })
        }
    }

    /// Whole-second timestamps, `timestamp with time zone` and a string element holding a comma read the
    /// same on every path (the UNLOAD path used to drop `.000`, the paging path to split `a,b`).
    @Test func everyPathAgreesOnWholeSecondsZonesAndCommas() async throws {
        let (pipeline, _, bucket) = try await Self.setUp()
        let sql = """
            SELECT TIMESTAMP '2024-01-02 03:04:05' AS ts,
              CAST(TIMESTAMP '2024-01-02 03:04:05' AS timestamp with time zone) AS tz, ARRAY['a,b', NULL] AS sa
            """
        let expected: [[QueryValue]] = [
            [.string("2024-01-02T03:04:05.000"), .string("2024-01-02T03:04:05.000Z"), .array([.string("a,b"), .null])]
        ]
        for fetch in [QueryFetch.page, .csv, .unload] {
            let result = try await pipeline.run(
                QueryRequest(sql: sql, outputLocation: "s3://\(bucket)/results/"), fetch: fetch, events: { _ in })
            #expect(result.rows == expected, "\(fetch)")
        }
    }

    /// The result CSV is the fallback where UNLOAD is not allowed: `auto` picks UNLOAD for this SELECT, the
    /// emulator refuses to UNLOAD repeated column names (as Athena's writers do), and the statement runs
    /// again as written, its rows read from the CSV. `--fetch unload` asked for by name reports the failure.
    @Test func autoFallsBackToTheResultCSVWhereUnloadIsRefused() async throws {
        let (pipeline, s3, bucket) = try await Self.setUp()
        let sql = "SELECT range AS n, range * 2 AS n FROM range(1500)"
        let output = "s3://\(bucket)/results/"
        #expect(QueryFetch.choose(sql: sql, maxRows: nil, hasOutputLocation: true) == .unload)
        let events = QueryPipelineEmulatorTests.Events()
        let result = try await pipeline.run(QueryRequest(sql: sql, outputLocation: output), events: events.sink)
        #expect(result.fetch == .csv)
        #expect(result.columns.map(\.name) == ["n", "n"])
        #expect(result.rows.count == 1500)
        #expect(result.rows[7] == [.int(7), .int(14)])
        let started = events.list.compactMap { if case .started(_, let id) = $0 { return id } else { return nil } }
        #expect(started.count == 2 && started.last == result.status.queryId)
        #expect(
            events.list.contains {
                if case .step("fetch", let detail, nil) = $0 { return detail.contains("specified more than once") }
                return false
            })
        #expect(try await s3.listAllObjects(bucket: bucket, prefix: "results/lakectl-unload/").isEmpty)

        await #expect(throws: QueryError.self) {
            try await pipeline.run(QueryRequest(sql: sql, outputLocation: output), fetch: .unload, events: { _ in })
        }

        // A statement wrong in itself is not run twice: its reason is about its SQL, not UNLOAD.
        let failing = QueryPipelineEmulatorTests.Events()
        do {
            _ = try await pipeline.run(
                QueryRequest(sql: "SELECT no_such_column FROM range(1500)", outputLocation: output),
                events: failing.sink)
            Issue.record("a query naming a missing column succeeded")
        } catch QueryError.failed(let id, let reason) {
            #expect(reason.contains("no_such_column"))
            let ids = failing.list.compactMap { if case .started(_, let id) = $0 { return id } else { return nil } }
            #expect(ids == [id])
        }
    }

    /// Without `--output-location` the unload fetch path writes under the workgroup's result location (the
    /// setting most analysts rely on), and removes what it wrote.
    @Test func unloadUsesTheWorkgroupsOutputLocationWhenTheQueryGivesNone() async throws {
        let (pipeline, s3, bucket) = try await Self.setUp()
        let workgroup = EmulatorClients.unique("wgunload")
        let athena = AthenaClient(client: try EmulatorClients.client())
        try await athena.createWorkGroup(
            name: workgroup, description: nil,
            settings: AthenaWorkGroupSettings(
                outputLocation: "s3://\(bucket)/wg/", bytesScannedCutoffPerQuery: nil,
                enforceWorkGroupConfiguration: false))
        let result = try await pipeline.run(
            QueryRequest(sql: "SELECT range AS n FROM range(1500)", workgroup: workgroup), events: { _ in })
        #expect(result.fetch == .unload)
        #expect(
            Set(result.rows.compactMap { if case .int(let n) = $0.first { return n } else { return nil } }).count
                == 1500)
        #expect(try await s3.listAllObjects(bucket: bucket, prefix: "wg/lakectl-unload/").isEmpty)
        try await athena.deleteWorkGroup(name: workgroup)
    }
}
