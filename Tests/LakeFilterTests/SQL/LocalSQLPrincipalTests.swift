import Foundation
import LakeCodec
import Testing

@testable import LakeFilter

/// Local SQL over a table read as a principal sees it: the grants' rows and cells first, then the SQL —
/// `SELECT *` over the visible columns only, a hidden column named as hidden, a table without grants as is.
@Suite struct LocalSQLPrincipalTests {
    static func grants() throws -> [String: [GrantedCells]] {
        let columns = try ["id", "team"].map(ColumnSelection.parseName)
        return [
            "t": [GrantedCells(rowFilter: "team = 'a' OR team = 'b'", columns: .include(columns), source: "filter ab")]
        ]
    }

    static func run(_ sql: String, _ path: String) throws -> SQLResult {
        try LocalSQL.run(
            sql, data: [.init(name: "t", path: path), .init(name: "u", path: path)], as: "P", grants: try grants())
    }

    @Test func theSQLRunsOnTheRowsAndColumnsTheGrantsShow() throws {
        let path = try PrincipalViewTests.file()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let all = try Self.run("SELECT * FROM t ORDER BY id", path)
        #expect(all.columns.map(\.name) == ["id", "team"])
        #expect(all.rows.map { $0[0] } == [.integer(1), .integer(2), .integer(4), .integer(5)])
        let grouped = try Self.run("SELECT team, count(*) AS n FROM t GROUP BY team ORDER BY team", path)
        #expect(grouped.rows == [[.string("a"), .integer(2)], [.string("b"), .integer(2)]])
        #expect(try Self.run("SELECT count(*) AS n FROM t", path).rows == [[.integer(4)]])
        // u is the same file without grants: every row, and its secret column joins in.
        let joined = try Self.run("SELECT t.id, u.secret FROM t JOIN u ON t.id = u.id ORDER BY t.id", path)
        #expect(joined.rows.map { $0[1] } == [.string("s1"), .string("s2"), .string("s4"), .string("s5")])
    }

    @Test func aHiddenColumnIsAnErrorSayingSo() throws {
        let path = try PrincipalViewTests.file()
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect {
            try Self.run("SELECT id, secret FROM t", path)
        } throws: { error in
            (error as? SQLError)?.reason == "column secret of t is hidden for P: no grant of its shows it"
        }
    }
}
