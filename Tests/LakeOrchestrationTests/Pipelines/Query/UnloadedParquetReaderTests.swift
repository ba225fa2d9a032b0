import AWSServices
import Foundation
import LakeTestSupport
import Testing

@testable import LakeOrchestration

/// UNLOAD output read straight from S3 by the codec's scan: files written by pyarrow (several row groups
/// each, NULLs, decimals, timestamps, lists) under one prefix, read back in key order, with `maxRows`
/// cutting across file boundaries and the manifest and empty objects skipped.
@Suite struct UnloadedParquetReaderTests {
    /// Three files of 2,000 rows in row groups of 700, written out of key order; `n` numbers the rows in key
    /// order, so the reader's order is checked by value.
    static let script = #"""
        import datetime, decimal, sys
        import pyarrow as pa, pyarrow.parquet as pq
        out = sys.argv[1]
        for part in (2, 0, 1):
            base = part * 2000
            ns = list(range(base, base + 2000))
            table = pa.table({
                "n": pa.array(ns, pa.int64()),
                "label": pa.array([None if n % 5 == 0 else f"v{n}" for n in ns], pa.string()),
                "price": pa.array([decimal.Decimal(n) / 4 for n in ns], pa.decimal128(12, 2)),
                "ratio": pa.array([n / 8 for n in ns], pa.float64()),
                "at": pa.array([datetime.datetime(2024, 2, 29, 10, 11, 12) + datetime.timedelta(seconds=n)
                                for n in ns], pa.timestamp("ms")),
                "pair": pa.array([[n, n + 1] for n in ns], pa.list_(pa.int64())),
                "even": pa.array([n % 2 == 0 for n in ns], pa.bool_()),
            })
            pq.write_table(table, f"{out}/part-{part}", row_group_size=700)
        """#

    static func setUp() async throws -> (S3Client, String, [S3Object]) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(EmulatorClients.unique("unl"))
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let status = try await CLIRunner.offPool { () throws -> Int32 in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", "-c", script, directory.path]
            try process.run()
            process.waitUntilExit()
            return process.terminationStatus
        }
        try #require(status == 0, "python3 with pyarrow wrote the fixture files")
        let s3 = S3Client(client: try EmulatorClients.client())
        let bucket = EmulatorClients.unique("unloadread")
        try await s3.createBucket(bucket)
        for part in 0..<3 {
            try await s3.putObject(
                bucket: bucket, key: "u/q_0000\(part)", file: directory.appendingPathComponent("part-\(part)").path)
        }
        try await s3.putObject(bucket: bucket, key: "u/q-manifest.csv", bytes: Array("s3://x/y\n".utf8))
        try await s3.putObject(bucket: bucket, key: "u/empty", bytes: [])
        return (s3, bucket, try await s3.listAllObjects(bucket: bucket, prefix: "u/"))
    }

    @Test func readsEveryFileInKeyOrderWithTypedValues() async throws {
        let (s3, bucket, objects) = try await Self.setUp()
        let (columns, rows, truncated) = try await UnloadedParquetReader(s3: s3, parallelFiles: 2).read(
            objects.shuffled(), bucket: bucket, maxRows: nil)
        #expect(!truncated)
        #expect(
            columns.map(\.typeDescription) == [
                "bigint", "varchar", "decimal(12,2)", "double", "timestamp", "array", "boolean",
            ])
        #expect(rows.map { $0[0] } == (0..<6000).map { QueryValue.int(Int64($0)) })
        #expect(
            rows[4007] == [
                .int(4007), .string("v4007"), .decimal("1001.75"), .double(500.875),
                .string("2024-02-29T11:17:59.000"), .array([.int(4007), .int(4008)]), .bool(false),
            ])
        #expect(rows[2100][1] == .null)
    }

    @Test func maxRowsCutsAcrossFilesAndSaysWhetherRowsWereLeft() async throws {
        let (s3, bucket, objects) = try await Self.setUp()
        let reader = UnloadedParquetReader(s3: s3, parallelFiles: 1)
        let cut = try await reader.read(objects, bucket: bucket, maxRows: 2500)
        #expect(cut.rows.count == 2500 && cut.truncated)
        #expect(cut.rows.last?.first == .int(2499))
        let atBoundary = try await reader.read(objects, bucket: bucket, maxRows: 4000)
        #expect(atBoundary.rows.count == 4000 && atBoundary.truncated)
        let all = try await reader.read(objects, bucket: bucket, maxRows: 6000)
        #expect(all.rows.count == 6000 && !all.truncated)
    }

    @Test func anObjectThatIsNotParquetIsATypedError() async throws {
        let (s3, bucket, _) = try await Self.setUp()
        try await s3.putObject(bucket: bucket, key: "bad/q_00000", bytes: Array("not parquet at all".utf8))
        let objects = try await s3.listAllObjects(bucket: bucket, prefix: "bad/")
        await #expect(throws: QueryFetchError.self) {
            try await UnloadedParquetReader(s3: s3).read(objects, bucket: bucket, maxRows: nil)
        }
    }
}
