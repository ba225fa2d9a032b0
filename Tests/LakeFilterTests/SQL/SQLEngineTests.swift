import Foundation
import Testing

@testable import LakeFilter

/// The engine on small hand-built tables: each answer below is worked out by hand from Athena's rules.
@Suite struct SQLEngineTests {
    static let orders = SQLTable(
        columns: [
            .init(name: "id", type: .integer), .init(name: "country", type: .varchar),
            .init(name: "amount", type: .decimal(precision: 10, scale: 2)), .init(name: "customer", type: .bigint),
            .init(name: "day", type: .date),
        ],
        rows: [
            [.integer(1), .string("KR"), .decimal(1050, scale: 2), .integer(10), .date(19000)],
            [.integer(2), .string("KR"), .decimal(250, scale: 2), .integer(11), .date(19031)],
            [.integer(3), .string("US"), .decimal(-100, scale: 2), .integer(10), .date(19031)],
            [.integer(4), .null, .decimal(1, scale: 2), .null, .null],
            [.integer(5), .string("DE"), .null, .integer(12), .date(19400)],
        ])
    static let customers = SQLTable(
        columns: [.init(name: "id", type: .bigint), .init(name: "name", type: .varchar)],
        rows: [[.integer(10), .string("Kim")], [.integer(11), .string("O'Neil")], [.integer(13), .string("Ng")]])
    static let tables = ["orders": orders, "customers": customers]

    func run(_ sql: String) throws -> SQLResult { try SQLEngine.run(sql, tables: Self.tables) }

    @Test func groupByWithExactDecimalSumAndNullsLast() throws {
        let r = try run(
            "SELECT country, count(*) AS n, sum(amount) AS total FROM orders GROUP BY country ORDER BY total DESC")
        #expect(r.columns.map(\.name) == ["country", "n", "total"])
        #expect(r.columns[2].type == .decimal(precision: 38, scale: 2))
        #expect(r.rows[0] == [.string("KR"), .integer(2), .decimal(1300, scale: 2)])
        #expect(r.rows[1] == [.null, .integer(1), .decimal(1, scale: 2)])
        #expect(r.rows[2] == [.string("US"), .integer(1), .decimal(-100, scale: 2)])
        // DE's sum is NULL (its only amount is NULL): last, as Athena puts NULLs last even when descending.
        #expect(r.rows[3] == [.string("DE"), .integer(1), .null])
    }

    @Test func innerAndLeftHashJoins() throws {
        let inner = try run(
            "SELECT o.id, c.name FROM orders o JOIN customers c ON o.customer = c.id ORDER BY o.id")
        #expect(
            inner.rows == [
                [.integer(1), .string("Kim")], [.integer(2), .string("O'Neil")], [.integer(3), .string("Kim")],
            ])
        let left = try run(
            "SELECT o.id, c.name FROM orders AS o LEFT JOIN customers AS c ON c.id = o.customer AND c.name <> 'Kim' ORDER BY 1"
        )
        #expect(left.rows.map { $0[1] } == [.null, .string("O'Neil"), .null, .null, .null])
    }

    /// Two GROUP BY keys and a two-key join take the key-array paths (one key hashes the value itself):
    /// NULL keys group together but never join; every aggregate kind folds per group.
    @Test func multiKeyGroupingAndJoins() throws {
        let g = try run(
            """
            SELECT country, customer, count(*) AS n, count(amount) AS c, count(DISTINCT day) AS d,
                   sum(amount) AS s, min(id) AS lo, max(id) AS hi, avg(id) AS a, avg(amount) AS m
            FROM orders GROUP BY country, customer ORDER BY country NULLS FIRST, customer
            """)
        #expect(
            g.rows == [
                [
                    .null, .null, .integer(1), .integer(1), .integer(0), .decimal(1, scale: 2), .integer(4),
                    .integer(4),
                    .double(4), .decimal(1, scale: 2),
                ],
                [
                    .string("DE"), .integer(12), .integer(1), .integer(0), .integer(1), .null, .integer(5), .integer(5),
                    .double(5), .null,
                ],
                [
                    .string("KR"), .integer(10), .integer(1), .integer(1), .integer(1), .decimal(1050, scale: 2),
                    .integer(1), .integer(1), .double(1), .decimal(1050, scale: 2),
                ],
                [
                    .string("KR"), .integer(11), .integer(1), .integer(1), .integer(1), .decimal(250, scale: 2),
                    .integer(2), .integer(2), .double(2), .decimal(250, scale: 2),
                ],
                [
                    .string("US"), .integer(10), .integer(1), .integer(1), .integer(1), .decimal(-100, scale: 2),
                    .integer(3), .integer(3), .double(3), .decimal(-100, scale: 2),
                ],
            ])
        let j = try run(
            """
            SELECT a.id, b.id FROM orders a JOIN orders b ON a.country = b.country AND a.customer = b.customer
            WHERE a.id <> b.id OR a.id < 3 ORDER BY 1, 2
            """)
        #expect(j.rows == [[.integer(1), .integer(1)], [.integer(2), .integer(2)]])
        let left = try run(
            "SELECT a.id, b.id FROM orders a LEFT JOIN orders b ON a.country = b.country AND a.day = b.day ORDER BY 1")
        #expect(left.rows.map { $0[1] } == [.integer(1), .integer(2), .integer(3), .null, .integer(5)])
    }

    /// A grouped LEFT JOIN on one column is joined column-wise: unmatched rows group under NULL.
    @Test func groupedLeftJoin() throws {
        let r = try run(
            """
            SELECT c.name, count(*) AS n, count(c.id) AS m, sum(o.amount) AS s FROM orders o
            LEFT JOIN customers c ON o.customer = c.id GROUP BY c.name ORDER BY 1
            """)
        #expect(
            r.rows == [
                [.string("Kim"), .integer(2), .integer(2), .decimal(950, scale: 2)],
                [.string("O'Neil"), .integer(1), .integer(1), .decimal(250, scale: 2)],
                [.null, .integer(2), .integer(0), .decimal(1, scale: 2)],
            ])
        let inner = try run("SELECT count(*) AS n FROM orders o JOIN customers c ON c.id = o.customer")
        #expect(inner.rows == [[.integer(3)]])
    }

    /// An inner join grouped by a column of the joined table takes each of its rows' group once: a key
    /// matching two rows counts in both groups, a NULL group value is a group, an unmatched left row is
    /// dropped, and groups come out in the order the row-by-row path (forced here by a WHERE) finds them.
    @Test func innerJoinGroupedByAJoinedColumn() throws {
        let regions = SQLTable(
            columns: [.init(name: "customer", type: .bigint), .init(name: "region", type: .varchar)],
            rows: [
                [.integer(10), .string("north")], [.integer(11), .string("north")], [.integer(12), .null],
                [.integer(10), .string("south")],
            ])
        let tables = ["orders": Self.orders, "regions": regions]
        let sql = """
            SELECT r.region, count(*) AS n, sum(o.amount) AS s, max(o.id) AS top FROM orders o
            JOIN regions r ON o.customer = r.customer GROUP BY r.region
            """
        let joined = try SQLEngine.run(sql, tables: tables)
        #expect(
            joined.rows == [
                [.string("north"), .integer(3), .decimal(1200, scale: 2), .integer(3)],
                [.string("south"), .integer(2), .decimal(950, scale: 2), .integer(3)],
                [.null, .integer(1), .null, .integer(5)],
            ])
        let rowByRow = try SQLEngine.run(
            sql.replacingOccurrences(of: "GROUP BY", with: "WHERE 1 = 1 GROUP BY"), tables: tables)
        #expect(rowByRow.rows == joined.rows)
    }

    @Test func expressionsAndTypes() throws {
        let r = try run(
            """
            SELECT id * 2 + 1 AS a, amount * 2 AS b, amount / 3 AS c, CAST(id AS double) / 4 AS d,
                   CASE WHEN country = 'KR' THEN 'k' WHEN country IS NULL THEN 'none' ELSE lower(country) END AS e,
                   coalesce(country, 'zz') AS f, year(day) AS g, date_trunc('month', day) AS h,
                   substr('hello', 2, 3) AS i, length('日本') AS j, round(2.5) AS k, round(-2.5) AS l, abs(-3) AS m
            FROM orders WHERE id = 1
            """)
        #expect(
            r.columns.map(\.type) == [
                .integer, .decimal(precision: 20, scale: 2), .decimal(precision: 10, scale: 2), .double, .varchar,
                .varchar,
                .bigint, .date, .varchar, .bigint, .decimal(precision: 2, scale: 0), .decimal(precision: 2, scale: 0),
                .integer,
            ])
        #expect(
            r.rows == [
                [
                    .integer(3), .decimal(2100, scale: 2), .decimal(350, scale: 2), .double(0.25), .string("k"),
                    .string("KR"),
                    .integer(2022), .date(18993), .string("ell"), .integer(2), .decimal(3, scale: 0),
                    .decimal(-3, scale: 0),
                    .integer(3),
                ]
            ])
    }

    /// `database.table` names the table `query --local` reads from the catalog; columns qualify it by its
    /// table part, as in Athena, or by an alias.
    @Test func aDatabaseQualifiedTableIsQualifiedByItsTablePart() throws {
        let tables = ["shop.orders": Self.orders, "shop.customers": Self.customers]
        let r = try SQLEngine.run(
            "SELECT orders.id, c.name FROM shop.orders JOIN shop.customers c ON orders.customer = c.id "
                + "ORDER BY orders.id",
            tables: tables)
        #expect(
            r.rows == [
                [.integer(1), .string("Kim")], [.integer(2), .string("O'Neil")], [.integer(3), .string("Kim")],
            ])
        #expect(
            try LocalSQL.tableNames("SELECT * FROM Shop.Orders o JOIN shop.orders p ON o.id = p.id") == ["Shop.Orders"])
        let missing = #expect(throws: SQLError.self) { try SQLEngine.run("SELECT 1 FROM shop.nothing", tables: tables) }
        #expect(missing?.reason.contains("no table 'shop.nothing'") == true)
        let unbound = #expect(throws: SQLError.self) { try SQLEngine.run("SELECT 1 FROM nothing", tables: tables) }
        #expect(unbound?.reason.contains("--data nothing=PATH, or name a Glue table DATABASE.nothing") == true)
        #expect(throws: SQLError.self) { try SQLEngine.parse("SELECT 1 FROM shop.") }
    }

    @Test func havingLikeInBetweenAndLimit() throws {
        let r = try run(
            """
            SELECT customer, count(DISTINCT country) AS c, max(day) FROM orders
            WHERE country LIKE '_R' OR country IN ('US', 'DE') OR id BETWEEN 4 AND 4
            GROUP BY customer HAVING count(*) >= 1 ORDER BY customer NULLS FIRST LIMIT 3
            """)
        #expect(r.columns.map(\.name) == ["customer", "c", "_col2"])
        #expect(
            r.rows == [
                [.null, .integer(0), .null], [.integer(10), .integer(2), .date(19031)],
                [.integer(11), .integer(1), .date(19031)],
            ])
    }

    @Test func globalAggregateOverNoRows() throws {
        let r = try run("SELECT count(*), sum(id), avg(amount), min(country) FROM orders WHERE id > 100")
        #expect(r.rows == [[.integer(0), .null, .null, .null]])
        #expect(r.columns.map(\.type) == [.bigint, .bigint, .decimal(precision: 10, scale: 2), .varchar])
    }

    /// Decimals of 38 digits whose sum (or difference) leaves Int128 as well as 38 digits: an error, never a trap.
    @Test func decimalOverflowPastInt128IsAnErrorNotATrap() throws {
        let big = SQLDecimal.power(38) - 1
        let wide = SQLTable(
            columns: [.init(name: "x", type: .decimal(precision: 38, scale: 0))],
            rows: [[.decimal(big, scale: 0)], [.decimal(big, scale: 0)], [.decimal(-big, scale: 0)]])
        let tables = ["wide": wide]
        #expect(throws: SQLDecimal.overflow()) { try SQLEngine.run("SELECT sum(x) FROM wide", tables: tables) }
        #expect(throws: SQLDecimal.overflow()) { try SQLEngine.run("SELECT avg(x) FROM wide", tables: tables) }
        #expect(throws: SQLDecimal.overflow()) { try SQLEngine.run("SELECT x + x FROM wide", tables: tables) }
        #expect(throws: SQLDecimal.overflow()) { try SQLEngine.run("SELECT x - (0 - x) FROM wide", tables: tables) }
    }

    @Test func integerOverflowIsAnErrorNotAWrap() throws {
        #expect(throws: SQLError.runtime("integer overflow: 2147483647 + 1")) {
            try run("SELECT 2147483647 + id FROM orders WHERE id = 1")
        }
        // bigint arithmetic has room for it.
        #expect(
            try run("SELECT CAST(2147483647 AS bigint) + id FROM orders WHERE id = 1").rows == [
                [.integer(2_147_483_648)]
            ])
        #expect(throws: SQLError.runtime("division by zero")) { try run("SELECT id / 0 FROM orders") }
    }

    @Test(arguments: [
        ("SELECT * FROM orders o RIGHT JOIN customers c ON o.id = c.id", 24, "RIGHT JOIN is not part"),
        ("SELECT DISTINCT id FROM orders", 8, "SELECT DISTINCT is not part"),
        ("SELECT id FROM (SELECT 1)", 16, "subqueries are not part"),
        ("SELECT nvl(id, 1) FROM orders", 8, "the function nvl() is not part"),
        ("SELECT id FROM orders UNION SELECT id FROM orders", 23, "UNION is not part"),
        ("SELECT nope FROM orders", 8, "no column 'nope'"),
        ("SELECT id FROM orders o JOIN customers c ON o.id = c.id", 8, "column 'id' is ambiguous"),
        ("SELECT id FROM missing", 16, "no table 'missing'"),
        ("SELECT country, count(*) FROM orders", 8, "column 'country' must appear in GROUP BY"),
        ("SELECT id FROM orders WHERE count(*) > 1", 29, "aggregate count() is not allowed in WHERE"),
        ("SELECT id FROM orders WHERE country = 1", 37, "cannot compare varchar with integer"),
        ("SELECT id FROM orders o JOIN customers c ON o.id < c.id", 50, "only equi-joins"),
        ("SELECT id FROM orders LIMIT -1", 29, "LIMIT takes a whole number"),
        ("SELECT CAST(id AS real) FROM orders", 19, "CAST to real is not part"),
        ("SELECT 'a' + 1 FROM orders", 12, "'+' needs numbers"),
        ("SELECT id FROM orders OFFSET 2", 23, "OFFSET is not part"),
    ])
    func rejectsWithPositionAndReason(_ sql: String, _ position: Int, _ reason: String) throws {
        do {
            _ = try run(sql)
            Issue.record("accepted: \(sql)")
        } catch let e as SQLError {
            #expect(e.position == position, "\(sql): \(e)")
            #expect(e.reason.contains(reason), "\(sql): \(e)")
        }
    }
}

/// `LocalSQL` on files: only the columns a query names are read, partition folders become columns, and a
/// query naming no column still counts every row.
@Suite struct LocalSQLFileTests {
    @Test func countStarAndPartitionColumnsFromAHiveFolder() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent(
            "lakectl-localsql-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let script = """
            import os, sys, pyarrow as pa, pyarrow.parquet as pq
            root = sys.argv[1]
            for day, ids in [('2024-01-01', [1, 2, 3]), ('2024-01-02', [4, 5])]:
                os.makedirs(f'{root}/t/day={day}')
                pq.write_table(pa.table({'id': pa.array(ids, pa.int32()), 'v': [f'x{i}' for i in ids]}),
                               f'{root}/t/day={day}/p.parquet', row_group_size=2)
            """
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", script, root.path]
        try p.run()
        p.waitUntilExit()
        try #require(p.terminationStatus == 0)
        let data = [LocalSQL.Binding(name: "t", path: root.appendingPathComponent("t").path)]
        #expect(try LocalSQL.run("SELECT count(*) FROM t", data: data).rows == [[.integer(5)]])
        let byDay = try LocalSQL.run("SELECT day, count(*), max(id) FROM t GROUP BY day ORDER BY day DESC", data: data)
        #expect(
            byDay.rows == [
                [.string("2024-01-02"), .integer(2), .integer(5)], [.string("2024-01-01"), .integer(3), .integer(3)],
            ])
        let star = try LocalSQL.run("SELECT * FROM t WHERE id = 4", data: data)
        #expect(star.columns.map(\.name) == ["id", "v", "day"])
        #expect(star.rows == [[.integer(4), .string("x4"), .string("2024-01-02")]])
    }
}
