import AWSCore
import AWSServices
import Foundation
import Testing

@testable import LakeOrchestration

/// The query pipeline against the emulator's Athena (DuckDB runs the SQL), signature checking on.
@Suite struct QueryPipelineEmulatorTests {
    /// Events collected from the pipeline's task.
    final class Events: @unchecked Sendable {
        private let lock = NSLock()
        private var all: [PipelineEvent] = []
        var sink: PipelineEventSink { { [self] event in lock.withLock { all.append(event) } } }
        var list: [PipelineEvent] { lock.withLock { all } }
        var startedId: String? {
            list.lazy.compactMap { if case .started(_, let id) = $0 { return id } else { return nil } }.first
        }
    }

    static func setUp() async throws -> (QueryPipeline, String) {
        let client = try EmulatorClients.client()
        let bucket = EmulatorClients.unique("queries")
        try await S3Client(client: client).createBucket(bucket)
        var pipeline = QueryPipeline(client: client)
        pipeline.pollSeconds = (0.01, 0.05)
        return (pipeline, "s3://\(bucket)/results/")
    }

    @Test func typedValuesFromColumnTypesWithProgressAndStatistics() async throws {
        let (pipeline, output) = try await Self.setUp()
        let events = Events()
        let sql = """
            SELECT 42 AS i, CAST(9007199254740993 AS bigint) AS big, CAST(12345678901234.56 AS decimal(16,2)) AS d,
              CAST('NaN' AS double) AS nan, CAST('Infinity' AS double) AS inf, 1.5::double AS x, true AS b,
              DATE '2024-02-29' AS day, TIMESTAMP '2024-02-29 10:11:12.345' AS ts, 'text' AS s, CAST(NULL AS varchar) AS missing
            """
        let result = try await pipeline.run(QueryRequest(sql: sql, outputLocation: output), events: events.sink)
        #expect(
            result.columns.map(\.type) == [
                "integer", "bigint", "decimal", "double", "double", "double", "boolean", "date", "timestamp", "varchar",
                "varchar",
            ])
        #expect(result.columns[2].typeDescription == "decimal(16,2)")
        #expect(
            result.rows == [
                [
                    .int(42), .int(9_007_199_254_740_993), .decimal("12345678901234.56"), .double(.nan),
                    .double(.infinity),
                    .double(1.5), .bool(true), .string("2024-02-29"), .string("2024-02-29T10:11:12.345"),
                    .string("text"), .null,
                ]
            ])
        #expect(result.status.state == "SUCCEEDED")
        #expect(result.status.dataScannedBytes == 0)
        #expect(result.status.costDollars == 10_000_000 / 1e12 * 5)
        let states = events.list.compactMap {
            if case .progress(let state, _, _) = $0 { return state } else { return nil }
        }
        #expect(states == ["QUEUED", "RUNNING", "SUCCEEDED"])
        #expect(events.startedId == result.status.queryId)
    }

    @Test func pagesPastAThousandRowsDroppingTheHeaderOnlyOnce() async throws {
        let (pipeline, output) = try await Self.setUp()
        let result = try await pipeline.run(
            QueryRequest(sql: "SELECT range AS n, 'n' AS label FROM range(2600) ORDER BY n", outputLocation: output),
            events: { _ in })
        #expect(result.rows.count == 2600)
        #expect(result.rows.map { $0[0] } == (0..<2600).map { QueryValue.int(Int64($0)) })

        let limited = try await pipeline.results(result.status.queryId, maxRows: 1500)
        #expect(limited.rows.count == 1500)
        #expect(limited.truncated)
        #expect(limited.rows.last?[0] == .int(1499))
    }

    @Test func parametersBindInOrder() async throws {
        let (pipeline, output) = try await Self.setUp()
        let result = try await pipeline.run(
            QueryRequest(
                sql: "SELECT ? AS a, ? AS b, 'x?' AS literal", outputLocation: output, parameters: ["'paid'", "7"]),
            events: { _ in })
        #expect(result.rows == [[.string("paid"), .int(7), .string("x?")]])
    }

    @Test func failedQueryThrowsTheEngineReasonAndCostsNothing() async throws {
        let (pipeline, output) = try await Self.setUp()
        let error = await #expect(throws: QueryError.self) {
            try await pipeline.run(QueryRequest(sql: "SELECT nosuch_column", outputLocation: output), events: { _ in })
        }
        guard case .failed(let id, let reason) = error else {
            Issue.record("expected .failed, got \(String(describing: error))")
            return
        }
        #expect(reason.contains("nosuch_column"))
        let status = try await pipeline.status(id)
        #expect(status.state == "FAILED")
        #expect(status.costDollars == 0)
    }

    @Test func cancellingTheWaitStopsTheQueryInAthena() async throws {
        var (pipeline, output) = try await Self.setUp()
        pipeline.pollSeconds = (30, 30)
        let events = Events()
        let running = pipeline
        let task = Task {
            try await running.run(QueryRequest(sql: "SELECT 1", outputLocation: output), events: events.sink)
        }
        var id: String?
        // Up to a minute for the start to be seen (a loaded machine took more than 5 s); it ends at the event.
        for _ in 0..<6000 where id == nil || events.list.count < 3 {
            try await Task.sleep(nanoseconds: 10_000_000)
            id = events.startedId
        }
        task.cancel()
        await #expect(throws: CancellationError.self) { try await task.value }
        let queryId = try #require(id)
        #expect(try await pipeline.status(queryId).state == "CANCELLED")
    }

    @Test func costFollowsTheTenMegabyteMinimumAndRoundsUpToTheMegabyte() {
        #expect(QueryCost.billedBytes(scanned: 0, state: "SUCCEEDED", statementType: "DML") == 10_000_000)
        #expect(QueryCost.billedBytes(scanned: 10_000_001, state: "SUCCEEDED", statementType: "DML") == 11_000_000)
        #expect(QueryCost.billedBytes(scanned: 5_000_000, state: "FAILED", statementType: "DML") == 0)
        #expect(QueryCost.billedBytes(scanned: 5_000_000, state: "SUCCEEDED", statementType: "DDL") == 0)
        #expect(QueryCost.dollars(scanned: 1_000_000_000_000, state: "SUCCEEDED", statementType: "DML") == 5)
        #expect(QueryCost.billedBytes(scanned: 0, state: "QUEUED", statementType: "DML") == 0)
        #expect(QueryCost.billedBytes(scanned: 0, state: "CANCELLED", statementType: "DML") == 0)
        #expect(QueryCost.billedBytes(scanned: 2_500_000, state: "RUNNING", statementType: "DML") == 10_000_000)
        #expect(QueryCost.billedBytes(scanned: 12_000_000, state: "CANCELLED", statementType: "DML") == 12_000_000)
    }
}
