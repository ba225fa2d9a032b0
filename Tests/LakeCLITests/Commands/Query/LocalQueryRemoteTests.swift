import AWSServices
import Foundation
import LakeTestSupport
import Testing

/// `query --local` with `--data` bound to an `s3://` prefix or object and to a Glue table `DB.TABLE`,
/// run as processes against the emulator (signature checking on): each prints what the same query
/// prints on the local copy. Reuses the S3 source fixture (a Hive-partitioned `sales/` prefix and a CSV).
@Suite struct LocalQueryRemoteTests {
    static let sql = """
        SELECT year, count(*) AS n, max(l_orderkey) AS top FROM sales
        WHERE l_linenumber <= 3 AND l_orderkey > 100 GROUP BY year ORDER BY year
        """

    @Test func s3PrefixAndObjectBindingsMatchTheLocalFiles() async throws {
        let f = try await S3SourceCommandTests.Fixture.make()
        let stderr = try await f.expectSameOutput(
            ["query", "--local", Self.sql, "--data", "sales=\(f.sales.path)", "--output", "jsonl"],
            ["query", "--local", Self.sql, "--data", "sales=\(f.salesURL)", "--output", "jsonl"])
        #expect(stderr.contains("lakectl: fetched "), "\(stderr)")
        // A CSV object bound by its stem, joined with nothing else.
        let csv = "SELECT count(*) AS n FROM aws_locations"
        _ = try await f.expectSameOutput(
            ["query", "--local", csv, "--data", f.csv.path, "--output", "jsonl"],
            ["query", "--local", csv, "--data", f.csvURL, "--output", "jsonl"])
    }

    @Test func aGlueTableBindingReadsItsLocation() async throws {
        let f = try await S3SourceCommandTests.Fixture.make()
        let glue = GlueClient(client: f.emulator.client())
        let database = "q_" + f.bucket.replacingOccurrences(of: "-", with: "_")
        try await glue.createDatabase(GlueDatabaseInput(name: database))
        try await glue.createTable(
            database: database,
            GlueTableInput(
                name: "sales",
                storageDescriptor: .parquet(
                    columns: [GlueColumn(name: "l_orderkey", type: "bigint")], location: f.salesURL),
                partitionKeys: [GlueColumn(name: "year", type: "string")]))
        _ = try await f.expectSameOutput(
            ["query", "--local", Self.sql, "--data", "sales=\(f.sales.path)", "--output", "jsonl"],
            ["query", "--local", Self.sql, "--data", "\(database).sales", "--output", "jsonl"])
        _ = try await f.expectSameOutput(
            ["query", "--local", Self.sql, "--data", "sales=\(f.sales.path)", "--output", "jsonl"],
            ["query", "--local", Self.sql, "--data", "sales=\(database).sales", "--output", "jsonl"])
        let missing = try await f.run(["query", "--local", "SELECT 1 FROM nothing", "--data", "\(database).nothing"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("nothing"), "\(missing.stderr)")
    }
}
