import Foundation
import LakeTestSupport
import Testing

/// `query --local --as P --config lake.yaml`: the grants the lake file's teams declare for P (by team name or a
/// declared principal, `${account}` matching any account) applied to local files before the SQL runs; no AWS.
/// Each result is compared with DuckDB running the same SQL on a view that applies those grants by hand.
@Suite struct LocalQueryAsLakeFileTests {
    static let lake = """
        version: 1
        region: us-east-1
        databases:
          shop:
            description: shop
        teams:
          kr:
            principals: ["arn:aws:iam::${account}:role/analyst"]
            grants:
              - { database: shop, permissions: [DESCRIBE] }
              - { table: shop.orders, permissions: [SELECT], columns: [id, amount, country], row_filter: "country = 'KR'" }
          refunds:
            principals: ["arn:aws:iam::${account}:role/analyst"]
            grants:
              - { table: shop.orders, permissions: [SELECT], columns: [id], row_filter: "amount < 0" }
          audit:
            principals: ["arn:aws:iam::${account}:role/auditor"]
            grants:
              - { table: shop.orders, permissions: [SELECT] }

        """

    /// lakectl's CSV for `sql` as `principal` must be DuckDB's for the same SQL where `orders` is `view` over the
    /// Hive-partitioned Parquet (`f`); not empty.
    static func compare(
        _ sql: String, as principal: String, view: String, root: String, config: String
    ) async throws {
        let r = try await LocalQueryCommandTests.run([
            "query", "--local", sql, "--data", "orders=\(root)/orders/", "--as", principal, "--config", config,
            "--database", "shop", "--output", "csv",
        ])
        #expect(r.status == 0, "\(principal): \(r.stderr)")
        let want = try PreviewAsCommandTests.python(
            """
            import sys, duckdb
            root, view, sql = sys.argv[1:4]
            con = duckdb.connect()
            con.execute(f"CREATE VIEW f AS SELECT * FROM read_parquet('{root}/orders/*/*.parquet', hive_partitioning=true)")
            con.execute(f"CREATE VIEW orders AS {view}")
            cur = con.execute(sql)
            print(','.join(d[0] for d in cur.description))
            for row in cur.fetchall():
                print(','.join('' if v is None else str(v) for v in row))
            """, [root, view, sql])
        #expect(want.contains("\n"), "DuckDB: \(want)")
        #expect(
            r.stdout.trimmingCharacters(in: .newlines) == want, "\(principal): \(sql)\n\(r.stdout)\nDuckDB:\n\(want)")
    }

    /// Tag-expression grants resolved by the file's own tag assignments: the table tagged public, its customer
    /// column pii (the column's value overrides the table's).
    static let tagged = """
        version: 1
        region: us-east-1
        databases:
          shop:
            description: shop
        lake_formation:
          tags:
            sensitivity: [public, pii]
          tag_assignments:
            - { table: shop.orders, tags: { sensitivity: public } }
            - { table: shop.orders, columns: [customer], tags: { sensitivity: pii } }
        teams:
          readers:
            principals: ["arn:aws:iam::${account}:role/reader"]
            grants:
              - { tag: { sensitivity: [public] }, permissions: [SELECT, DESCRIBE] }
          pii:
            principals: ["arn:aws:iam::${account}:role/pii"]
            grants:
              - { tag: { sensitivity: [pii] }, permissions: [SELECT] }
              - { table: shop.orders, permissions: [SELECT], columns: [id], row_filter: "country = 'US'" }

        """

    @Test func tagExpressionGrantsFollowTheFilesTagAssignments() async throws {
        let root = try LocalQueryCommandTests.files()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let config = root + "/tagged.yaml"
        try Self.tagged.write(toFile: config, atomically: true, encoding: .utf8)
        // Every row; every column but the pii one.
        try await Self.compare(
            "SELECT * FROM orders ORDER BY id", as: "readers", view: "SELECT id, amount, country FROM f", root: root,
            config: config)
        // The pii column on every row (tag grant), and id on the US rows (filter): the union, as Lake Formation.
        try await Self.compare(
            "SELECT * FROM orders ORDER BY customer, id", as: "arn:aws:iam::123456789012:role/pii",
            view: "SELECT CASE WHEN country = 'US' THEN id END AS id, customer FROM f", root: root, config: config)
        let hidden = try await LocalQueryCommandTests.run([
            "query", "--local", "SELECT customer FROM orders", "--data", "orders=\(root)/orders/", "--as", "readers",
            "--config", config, "--database", "shop",
        ])
        #expect(
            hidden.status == 1 && hidden.stderr.contains("customer of orders is hidden for readers"), "\(hidden.stderr)"
        )
    }

    @Test func theTeamsDeclaredGrantsDecideTheRowsAndColumns() async throws {
        let root = try LocalQueryCommandTests.files()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let config = root + "/lake.yaml"
        try Self.lake.write(toFile: config, atomically: true, encoding: .utf8)
        let analyst = "arn:aws:iam::123456789012:role/analyst"

        // The principal is in two teams: the union of their rows; amount and country only where the KR filter matched.
        try await Self.compare(
            "SELECT * FROM orders ORDER BY id", as: analyst,
            view: "SELECT id, CASE WHEN country = 'KR' THEN amount END AS amount, "
                + "CASE WHEN country = 'KR' THEN country END AS country FROM f WHERE country = 'KR' OR amount < 0",
            root: root, config: config)
        // By team name: that team's grant alone.
        try await Self.compare(
            "SELECT country, count(*) AS n, sum(amount) AS total FROM orders GROUP BY country", as: "kr",
            view: "SELECT id, amount, country FROM f WHERE country = 'KR'", root: root, config: config)
        // A whole-table grant: every row and column.
        try await Self.compare(
            "SELECT id, customer, amount, country FROM orders ORDER BY id",
            as: "arn:aws:iam::210987654321:role/auditor",
            view: "SELECT * FROM f", root: root, config: config)

        func query(_ sql: String, as principal: String) async throws -> CLIRunner.Result {
            try await LocalQueryCommandTests.run([
                "query", "--local", sql, "--data", "orders=\(root)/orders/", "--as", principal, "--config", config,
                "--database", "shop",
            ])
        }
        // A broken lake file: every problem with its position, then what the file was needed for.
        let broken = root + "/broken.yaml"
        try Self.lake.replacingOccurrences(of: "permissions: [DESCRIBE]", with: "permisions: [DESCRIBE]").write(
            toFile: broken, atomically: true, encoding: .utf8)
        let invalid = try await LocalQueryCommandTests.run([
            "query", "--local", "SELECT id FROM orders", "--data", "orders=\(root)/orders/", "--as", "kr", "--config",
            broken, "--database", "shop",
        ])
        #expect(invalid.status == 1, "\(invalid.stderr)")
        #expect(invalid.stderr.contains("broken.yaml:"), "\(invalid.stderr)")
        #expect(invalid.stderr.contains("before reading its teams' grants"), "\(invalid.stderr)")
        #expect(!invalid.stderr.contains("before planning"), "\(invalid.stderr)")

        // A file that declares its account: only that account's principal is the team's.
        let pinned = root + "/pinned.yaml"
        try Self.lake.replacingOccurrences(
            of: "region: us-east-1", with: "region: us-east-1\naccount: \"123456789012\""
        )
        .write(toFile: pinned, atomically: true, encoding: .utf8)
        try await Self.compare(
            "SELECT count(*) AS n FROM orders", as: "arn:aws:iam::123456789012:role/auditor", view: "SELECT * FROM f",
            root: root, config: pinned)
        let other = try await LocalQueryCommandTests.run([
            "query", "--local", "SELECT id FROM orders", "--data", "orders=\(root)/orders/", "--as",
            "arn:aws:iam::210987654321:role/auditor", "--config", pinned, "--database", "shop",
        ])
        #expect(other.status == 1 && other.stderr.contains("has no SELECT on shop.orders"), "\(other.stderr)")

        let hidden = try await query("SELECT id, customer FROM orders", as: analyst)
        #expect(
            hidden.status == 1 && hidden.stderr.contains("customer of orders is hidden for \(analyst)"),
            "\(hidden.stderr)")
        // Not the declared account's shape (11 digits), and a principal no team declares: no SELECT.
        for nobody in ["arn:aws:iam::12345678901:role/analyst", "arn:aws:iam::123456789012:role/other"] {
            let r = try await query("SELECT id FROM orders", as: nobody)
            #expect(r.status == 1 && r.stderr.contains("has no SELECT on shop.orders"), "\(nobody): \(r.stderr)")
        }
    }
}
