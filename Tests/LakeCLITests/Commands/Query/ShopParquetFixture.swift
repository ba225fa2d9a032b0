import AWSServices
import Foundation
import LakeTestSupport

/// The emulator's fixture `shop` tables (scripts/emulator/gaps/datasets.py) written as Parquet by pyarrow,
/// uploaded to a fresh bucket and catalogued in a fresh Glue database, plus the figures the tests expect,
/// computed by pyarrow from the same Parquet (not by the DuckDB that answers the queries).
struct ShopParquetFixture {
    let emulator: Emulator
    let bucket: String
    let database: String
    let expected: Expected

    /// What pyarrow reads from the Parquet directly.
    struct Expected: Decodable {
        /// status → [orders, exact decimal sum of amount, orders with a shipped_on]
        var byStatus: [String: [String]]
        var orderIds: [Int64]
        var customersWithoutTier: Int64
        var customers: Int64
    }

    static let script = #"""
        import json, sys
        import pyarrow.compute as pc, pyarrow.parquet as pq
        sys.path.insert(0, sys.argv[1])
        from gaps import datasets
        out = sys.argv[2]
        for _, name, table in datasets.tables("shop"):
            pq.write_table(table, f"{out}/{name}.parquet")
        orders = pq.read_table(f"{out}/orders.parquet")
        customers = pq.read_table(f"{out}/customers.parquet")
        by = {}
        for status in sorted(set(orders["status"].to_pylist())):
            rows = orders.filter(pc.equal(orders["status"], status))
            total = sum(rows["amount"].to_pylist())
            shipped = len([v for v in rows["shipped_on"].to_pylist() if v is not None])
            by[status] = [str(rows.num_rows), str(total), str(shipped)]
        print(json.dumps({
            "byStatus": by,
            "orderIds": sorted(orders["order_id"].to_pylist()),
            "customersWithoutTier": customers["loyalty_tier"].null_count,
            "customers": customers.num_rows,
        }))
        """#

    static func make() async throws -> ShopParquetFixture {
        let emulator = try Emulator.current()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(Emulator.uniqueName("shop"))
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let emulatorScripts = Fixtures.repositoryRoot.appendingPathComponent("scripts/emulator").path
        let python = try await CLIRunner.offPool { () throws -> Data in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", "-c", script, emulatorScripts, directory.path]
            let out = Pipe()
            process.standardOutput = out
            try process.run()
            let data = out.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else { throw FixtureError(status: process.terminationStatus) }
            return data
        }
        let expected = try JSONDecoder().decode(Expected.self, from: python)

        let client = emulator.client()
        let bucket = Emulator.uniqueName("clishop")
        let database = Emulator.uniqueName("clishop").replacingOccurrences(of: "-", with: "_")
        try await S3Client(client: client).createBucket(bucket, region: emulator.region)
        try await S3Client(client: client).createBucket(bucket + "-results", region: emulator.region)
        let glue = GlueClient(client: client)
        try await glue.createDatabase(GlueDatabaseInput(name: database))
        let schemas: [String: [GlueColumn]] = [
            "orders": [
                GlueColumn(name: "order_id", type: "bigint"), GlueColumn(name: "customer_id", type: "int"),
                GlueColumn(name: "status", type: "string"), GlueColumn(name: "amount", type: "decimal(10,2)"),
                GlueColumn(name: "quantity", type: "int"), GlueColumn(name: "ordered_at", type: "timestamp"),
                GlueColumn(name: "shipped_on", type: "date"),
            ],
            "customers": [
                GlueColumn(name: "customer_id", type: "int"), GlueColumn(name: "email", type: "string"),
                GlueColumn(name: "full_name", type: "string"), GlueColumn(name: "country", type: "string"),
                GlueColumn(name: "signup_date", type: "date"), GlueColumn(name: "loyalty_tier", type: "string"),
            ],
        ]
        for (table, columns) in schemas {
            try await S3Client(client: client).putObject(
                bucket: bucket, key: "shop/\(table)/part-00000.parquet",
                file: directory.appendingPathComponent("\(table).parquet").path)
            try await glue.createTable(
                database: database,
                GlueTableInput(
                    name: table,
                    storageDescriptor: .parquet(columns: columns, location: "s3://\(bucket)/shop/\(table)/"))
            )
        }
        return ShopParquetFixture(emulator: emulator, bucket: bucket, database: database, expected: expected)
    }

    /// `lakectl query SQL --output-location … --poll-interval 0.02` plus `extra`.
    func query(_ sql: String, _ extra: [String] = []) async throws -> CLIRunner.Result {
        try await CLIRunner.run(
            ["query", sql, "--output-location", "s3://\(bucket)-results/q/", "--poll-interval", "0.02"] + extra,
            environment: emulator.environment())
    }

    func json(_ result: CLIRunner.Result) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any] ?? [:]
    }
}

struct FixtureError: Error, CustomStringConvertible {
    var status: Int32
    var description: String { "python3 with pyarrow (scripts/emulator's requirement) exited \(status)" }
}
