import Foundation
import LakeCodec
import Testing

@testable import LakeFilter

/// The WHERE conjuncts local SQL hands to the codec's scan: which ones are handed down, and that a
/// query reading a file through them keeps exactly the rows the engine alone keeps.
@Suite struct SQLScanPredicateTests {
    static func predicates(_ sql: String) throws -> [String] {
        try SQLParser.parse(sql).scanPredicates.map { "\($0.column) \($0.comparison.rawValue) \($0.literal)" }
    }

    @Test func onlyIntegerComparisonsOfTheFirstTableInTheTopLevelAndChain() throws {
        #expect(
            try Self.predicates(
                """
                SELECT * FROM t WHERE a > 5 AND 10 >= b AND c BETWEEN -3 AND 7 AND (d = 1 OR e = 2)
                AND f <> 4 AND g = 'x' AND NOT h = 1 AND i NOT BETWEEN 1 AND 2 AND j + 1 = 3 AND k = 2.5
                """) == ["a > 5", "b <= 10", "c >= -3", "c <= 7"])
        #expect(try Self.predicates("SELECT * FROM t WHERE a = 1 OR b = 2").isEmpty)
        #expect(try Self.predicates("SELECT count(*) FROM t").isEmpty)
        // With a join a bare name could be either table's; a qualified one is handed down only for the first.
        #expect(
            try Self.predicates("SELECT * FROM t x JOIN u ON x.a = u.a WHERE a = 1 AND x.b = 2 AND u.c = 3")
                == ["b = 2"])
    }

    /// A file of 2,000 rows in 20 row groups (ids ascending, so statistics rule most groups out), with
    /// nulls, a tinyint, a decimal and a string; each query is run as written (conjuncts handed down)
    /// and with every integer compared through `+ 0` (nothing handed down): the answers must agree.
    @Test func handedDownAndEngineOnlyFormsAgree() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent(
            "lakectl-scan-predicates-\(UUID().uuidString)"
        ).path
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        let script = """
            import sys, decimal, pyarrow as pa, pyarrow.parquet as pq
            n = 2000
            t = pa.table({
                'id': pa.array(range(n), pa.int64()),
                'small': pa.array([None if i % 7 == 0 else (i % 200) - 100 for i in range(n)], pa.int8()),
                'k': pa.array([None if i % 11 == 0 else i % 13 for i in range(n)], pa.int32()),
                'amount': pa.array([decimal.Decimal(i % 97) / 4 for i in range(n)], pa.decimal128(10, 2)),
                'name': pa.array([f'n{i % 5}' for i in range(n)]),
            })
            pq.write_table(t, sys.argv[1] + '/t.parquet', row_group_size=100)
            """
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", script, root]
        try p.run()
        p.waitUntilExit()
        try #require(p.terminationStatus == 0)
        let data = [LocalSQL.Binding(name: "t", path: root + "/t.parquet")]
        // Each query as written (conjuncts handed down), and with the integers compared through `+ 0`.
        let queries = [
            (
                "SELECT id, small, name FROM t WHERE id >= 1234 AND id < 1250 AND small > -90",
                "SELECT id, small, name FROM t WHERE id + 0 >= 1234 AND id + 0 < 1250 AND small + 0 > -90"
            ),
            (
                "SELECT count(*) AS n, sum(amount) AS s FROM t WHERE small BETWEEN -5 AND 300 AND k <> 3",
                "SELECT count(*) AS n, sum(amount) AS s FROM t WHERE small + 0 BETWEEN -5 AND 300 AND k <> 3"
            ),
            (
                "SELECT k, count(*) AS n FROM t WHERE 1500 < id AND k = 4 GROUP BY k",
                "SELECT k, count(*) AS n FROM t WHERE 1500 < id + 0 AND k + 0 = 4 GROUP BY k"
            ),
            (
                "SELECT name, min(id) AS lo, max(id) AS hi FROM t WHERE id <= -1 OR id = 17 GROUP BY name",
                "SELECT name, min(id) AS lo, max(id) AS hi FROM t WHERE id + 0 <= -1 OR id + 0 = 17 GROUP BY name"
            ),
            (
                "SELECT x.id FROM t x JOIN t y ON x.id = y.id WHERE x.id = 1999 AND y.small < 0",
                "SELECT x.id FROM t x JOIN t y ON x.id = y.id WHERE x.id + 0 = 1999 AND y.small < 0"
            ),
            ("SELECT id FROM t WHERE small = 1000", "SELECT id FROM t WHERE small + 0 = 1000"),
            (
                "SELECT count(*) AS n FROM t WHERE id > 1000 AND id < 500",
                "SELECT count(*) AS n FROM t WHERE id + 0 > 1000 AND id + 0 < 500"
            ),
        ]
        var nonEmpty = 0
        for (sql, engineOnly) in queries {
            let pushed = try LocalSQL.run(sql, data: data)
            let plain = try LocalSQL.run(engineOnly, data: data)
            #expect(pushed.rows.map { "\($0)" }.sorted() == plain.rows.map { "\($0)" }.sorted(), "\(sql)")
            if !pushed.rows.isEmpty { nonEmpty += 1 }
        }
        #expect(nonEmpty >= 4)
        // The scan itself drops the rows: the streamed table yields only rows that pass.
        let table = try LocalTableReader.streaming(
            root + "/t.parquet", only: ["id"],
            predicates: [RowGroupPredicate(column: "ID", comparison: .greaterOrEqual, literal: "1990")])
        let ids = try table.allRows().map { $0[0] }
        #expect(ids == (1990..<2000).map { SQLValue.integer(Int64($0)) })
        // A predicate on a non-integer column is left to the engine: every row comes back.
        let strings = try LocalTableReader.streaming(
            root + "/t.parquet", only: ["name"],
            predicates: [RowGroupPredicate(column: "name", comparison: .equal, literal: "n1")])
        #expect(try strings.allRows().count == 2000)
    }
}
