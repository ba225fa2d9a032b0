import Foundation
import LakeTestSupport
import Testing

/// A DDL statement through `lakectl query` (the emulator lists its Glue catalog for SHOW, signature checking
/// on): its result has no header row to drop, so its first row is kept on every fetch path, and DDL costs
/// nothing (AWS-NOTES B5).
@Suite struct QueryDDLCommandTests {
    @Test func showTablesKeepsItsFirstRowAndCostsNothing() async throws {
        let shop = try await ShopParquetFixture.make()
        let sql = "SHOW TABLES IN \(shop.database)"
        let paged = try await shop.query(sql, ["--output", "csv"])
        #expect(paged.status == 0, "\(paged.stderr)")
        #expect(paged.stdout.split(separator: "\n").map(String.init) == ["tab_name", "customers", "orders"])

        let fromCSV = try await shop.query(sql, ["--output", "csv", "--fetch", "csv"])
        #expect(fromCSV.status == 0, "\(fromCSV.stderr)")
        #expect(fromCSV.stdout == paged.stdout)

        let table = try await shop.query("SHOW TABLES 'ord*'", ["--database", shop.database])
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stderr.contains("1 row · 0 B scanned"), "\(table.stderr)")
        #expect(table.stderr.contains("$0.000000"), "\(table.stderr)")
        let id = try #require(table.stderr.split(separator: " ").last.map(String.init))

        let status = try await CLIRunner.run(
            ["query", "status", id.trimmingCharacters(in: .whitespacesAndNewlines), "--output", "json"],
            environment: shop.emulator.environment())
        let json = try shop.json(status)
        #expect(json["statementType"] as? String == "DDL", "\(status.stdout)")
        #expect(json["costDollars"] as? Double == 0)

        let missing = try await shop.query("SHOW TABLES IN no_such_database_\(shop.database)")
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("SCHEMA_NOT_FOUND"), "\(missing.stderr)")
    }
}
