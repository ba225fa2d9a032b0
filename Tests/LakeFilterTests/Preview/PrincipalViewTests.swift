import Foundation
import LakeCodec
import Testing

@testable import LakeFilter

/// Several grants combined as Lake Formation combines them, on a pyarrow-written file: rows of any matching
/// grant, each cell from a grant that matched its row (NULL otherwise), an all-rows grant winning.
@Suite struct PrincipalViewTests {
    /// `id` 1…6, `team` a/b/c repeating, `secret` "s<id>".
    static func file() throws -> String {
        let path =
            FileManager.default.temporaryDirectory.appendingPathComponent("lakectl-view-\(UUID().uuidString)")
            .path + ".parquet"
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = [
            "python3", "-c",
            """
            import sys, pyarrow as pa, pyarrow.parquet as pq
            pq.write_table(pa.table({'id': pa.array(range(1, 7), pa.int64()), 'team': list('abcabc'),
                                     'secret': [f's{i}' for i in range(1, 7)]}), sys.argv[1])
            """, path,
        ]
        try p.run()
        p.waitUntilExit()
        try #require(p.terminationStatus == 0)
        return path
    }

    static func rows(_ grants: [GrantedCells], _ path: String) throws -> (names: [String], rows: [[Value]]) {
        let dataset = try ParquetDataset.open(path)
        let view = try PrincipalView(grants: grants, schema: dataset.schema)
        var rows: [[Value]] = []
        _ = try view.scan(dataset) {
            rows += $0
            return true
        }
        return (view.names, rows)
    }

    @Test func twoFiltersGiveTheUnionOfRowsAndCellsOnlyWhereTheirFilterMatched() throws {
        let path = try Self.file()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (names, rows) = try Self.rows(
            [
                GrantedCells(
                    rowFilter: "team = 'a'", columns: .include([try ColumnSelection.parseName("id")]), source: "one"),
                GrantedCells(
                    rowFilter: "team = 'b'", columns: .exclude([try ColumnSelection.parseName("team")]), source: "two"),
            ], path)
        #expect(names == ["id", "secret"])
        let expected: [[Value]] = [
            [.int(1), .null], [.int(2), .string("s2")], [.int(4), .null], [.int(5), .string("s5")],
        ]
        #expect(rows == expected)
    }

    @Test func anAllRowsGrantWinsAndABadFilterNamesItsGrant() throws {
        let path = try Self.file()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (names, rows) = try Self.rows(
            [
                GrantedCells(rowFilter: "team = 'a'", columns: .all, source: "one"),
                GrantedCells(rowFilter: nil, columns: .include([try ColumnSelection.parseName("id")]), source: "two"),
            ], path)
        #expect(names == ["id", "team", "secret"])
        #expect(rows.count == 6)
        let second: [Value] = [.int(2), .null, .null]
        let fourth: [Value] = [.int(4), .string("a"), .string("s4")]
        #expect(rows[1] == second && rows[3] == fourth)

        let dataset = try ParquetDataset.open(path)
        let error = #expect(throws: FilterError.self) {
            try PrincipalView(
                grants: [GrantedCells(rowFilter: "nope = 1", columns: .all, source: "filter f")], schema: dataset.schema
            )
        }
        #expect(error?.reason.hasPrefix("filter f:") == true)
    }
}
