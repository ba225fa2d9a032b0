import Foundation
import LakeTestSupport
import Testing

/// The demo's `shop.orders` (scripts/emulator/gaps/datasets.py, 3,000 rows, in S3 and catalogued) seen by three
/// principals with different grants, through `preview DB.TABLE --as P` and `query --local … --as P`, both
/// reading the table straight from S3; each compared with DuckDB applying the same predicate and projection
/// to the same Parquet, written again by pyarrow from the same generator.
@Suite struct ShopPrincipalsTests {
    /// DuckDB's CSV for each (view, sql): `sql` over the view `orders` = `view` on the dataset's orders (`f`).
    /// One Python run for all of them: the generator and DuckDB start once.
    static func duckdb(_ queries: [(view: String, sql: String)]) throws -> [String] {
        let scripts = Fixtures.repositoryRoot.appendingPathComponent("scripts/emulator").path
        let out = FileManager.default.temporaryDirectory.appendingPathComponent(Emulator.uniqueName("shop-duck")).path
        defer { try? FileManager.default.removeItem(atPath: out) }
        let pairs = String(
            decoding: try JSONSerialization.data(withJSONObject: queries.map { [$0.view, $0.sql] }), as: UTF8.self)
        let text = try PreviewAsCommandTests.python(
            """
            import sys, json, duckdb, pyarrow.parquet as pq
            sys.path.insert(0, sys.argv[1])
            from gaps import datasets
            scripts, out, pairs = sys.argv[1:4]
            orders = dict((name, t) for _, name, t in datasets.tables("shop"))["orders"]
            pq.write_table(orders, out)
            con = duckdb.connect()
            con.execute(f"CREATE VIEW f AS SELECT * FROM read_parquet('{out}')")
            for view, sql in json.loads(pairs):
                con.execute(f"CREATE OR REPLACE VIEW orders AS {view}")
                cur = con.execute(sql)
                print(','.join(d[0] for d in cur.description))
                for row in cur.fetchall():
                    print(','.join('' if v is None else str(v) for v in row))
                print('--')
            """, [scripts, out, pairs])
        return text.components(separatedBy: "\n--").map { $0.trimmingCharacters(in: .newlines) }.filter {
            !$0.isEmpty
        }
    }

    @Test func threePrincipalsSeeTheirRowsAndColumnsOfTheShopOrders() async throws {
        let f = try await ShopParquetFixture.make()
        let table = "\(f.database).orders"
        func run(_ arguments: [String]) async throws -> CLIRunner.Result {
            try await CLIRunner.run(arguments, environment: f.emulator.environment())
        }
        let suffix = f.database.suffix(8)
        let shipped = "arn:aws:iam::123456789012:role/shipped-\(suffix)"
        let big = "arn:aws:iam::123456789012:role/big-\(suffix)"
        let cells = "arn:aws:iam::123456789012:role/cells-\(suffix)"
        let grants: [[String]] = [
            [
                "--principal", shipped, "--row-filter", "status = 'shipped'", "--columns",
                "order_id,status,amount,shipped_on",
            ],
            [
                "--principal", big, "--row-filter", "amount > 500 AND status IN ('delivered', 'shipped')",
                "--columns", "order_id,customer_id,amount",
            ],
            [
                "--principal", cells, "--row-filter", "status = 'pending'", "--columns", "order_id,amount",
                "--filter-name", "pending-\(suffix)",
            ],
            [
                "--principal", cells, "--row-filter", "quantity >= 8", "--columns", "order_id,quantity",
                "--filter-name", "bulk-\(suffix)",
            ],
        ]
        for grant in grants {
            let r = try await run(["grant", "--table", table, "--permissions", "SELECT"] + grant)
            #expect(r.status == 0, "\(r.stderr)")
        }
        let views: [(String, String)] = [
            (shipped, "SELECT order_id, status, amount, shipped_on FROM f WHERE status = 'shipped'"),
            (
                big,
                "SELECT order_id, customer_id, amount FROM f WHERE amount > 500 AND status IN ('delivered', 'shipped')"
            ),
            (
                cells,
                "SELECT order_id, CASE WHEN status = 'pending' THEN amount END AS amount, "
                    + "CASE WHEN quantity >= 8 THEN quantity END AS quantity FROM f "
                    + "WHERE status = 'pending' OR quantity >= 8"
            ),
        ]
        let sql = "SELECT count(*) AS n, sum(amount) AS total, max(order_id) AS last FROM orders"
        let wanted = try Self.duckdb(
            views.flatMap { [($0.1, "SELECT * FROM orders ORDER BY order_id"), ($0.1, sql)] })
        #expect(wanted.count == 2 * views.count)
        for (i, (principal, _)) in views.enumerated() where wanted.count == 2 * views.count {
            let want = wanted[2 * i]
            #expect(want.split(separator: "\n").count > 10, "\(principal): \(want.prefix(200))")
            let preview = try await run(["preview", table, "--as", principal, "--output", "csv"])
            #expect(preview.status == 0, "\(principal): \(preview.stderr)")
            #expect(preview.stdout.trimmingCharacters(in: .newlines) == want, "\(principal): preview differs")

            let query = try await run([
                "query", "--local", sql, "--database", f.database, "--as", principal, "--output", "csv",
            ])
            #expect(query.status == 0, "\(principal): \(query.stderr)")
            #expect(
                query.stdout.trimmingCharacters(in: .newlines) == wanted[2 * i + 1],
                "\(principal): \(query.stdout) vs \(wanted[2 * i + 1])")
        }
    }
}
