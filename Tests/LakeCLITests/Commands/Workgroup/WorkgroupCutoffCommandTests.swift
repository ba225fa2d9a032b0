import AWSServices
import Foundation
import LakeTestSupport
import Testing

/// A workgroup's bytes-scanned cutoff as an analyst meets it, against the emulator with signature checking
/// on. Athena's smallest cutoff is 10 MB, so the test catalogues one real 10.2 MB CSV object (the emulator
/// counts the bytes of the objects a query reads, as Athena bills them): a query over it is CANCELLED by
/// the cutoff and exits 1 saying so, while a query over the small `shop` tables in the same workgroup runs.
@Suite struct WorkgroupCutoffCommandTests {
    @Test func aQueryScanningMoreThanTheCutoffIsCancelledAndExitsOne() async throws {
        let shop = try await ShopParquetFixture.make()
        let env = shop.emulator.environment()
        let client = shop.emulator.client()
        let line = String(repeating: "x", count: 99) + "\n"
        let lines = 102_000
        try await S3Client(client: client).putObject(
            bucket: shop.bucket, key: "wide/part-00000.csv", bytes: Array(String(repeating: line, count: lines).utf8))
        try await GlueClient(client: client).createTable(
            database: shop.database,
            GlueTableInput(
                name: "wide",
                storageDescriptor: GlueStorageDescriptor(
                    columns: [GlueColumn(name: "text", type: "string")], location: "s3://\(shop.bucket)/wide/",
                    inputFormat: "org.apache.hadoop.mapred.TextInputFormat",
                    serdeInfo: GlueSerDeInfo(
                        serializationLibrary: "org.apache.hadoop.hive.serde2.lazy.LazySimpleSerDe",
                        parameters: ["field.delim": ","]))))

        let name = Emulator.uniqueName("wgcut")
        let created = try await CLIRunner.run(
            [
                "workgroup", "create", name, "--output-location", "s3://\(shop.bucket)-results/cut/",
                "--bytes-scanned-cutoff", "10MB",
            ], environment: env)
        #expect(created.status == 0, "\(created.stderr)")

        let small = try await shop.query(
            "SELECT count(*) AS n FROM \(shop.database).orders", ["--workgroup", name, "--output", "json"])
        #expect(small.status == 0, "\(small.stderr)")

        let wide = try await shop.query(
            "SELECT count(*) AS n FROM \(shop.database).wide", ["--workgroup", name, "--output", "json"])
        #expect(wide.status == 1, "\(wide.stdout)")
        #expect(wide.stdout.isEmpty)
        #expect(wide.stderr.contains("CANCELLED"), "\(wide.stderr)")
        #expect(wide.stderr.contains("Bytes scanned limit was exceeded"), "\(wide.stderr)")
        #expect(wide.stderr.contains("--bytes-scanned-cutoff"), "\(wide.stderr)")

        // Without the cutoff the same query runs and counts every line.
        let unlimited = try await shop.query(
            "SELECT count(*) AS n FROM \(shop.database).wide", ["--output", "jsonl", "--fetch", "page"])
        #expect(unlimited.status == 0, "\(unlimited.stderr)")
        #expect(unlimited.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == #"{"n":\#(lines)}"#)

        _ = try await CLIRunner.run(["workgroup", "delete", name], environment: env)
    }
}
