import Foundation
import LakeOrchestration
import Testing

@testable import LakeCLI

/// How typed rows reach scripts: integers as JSON numbers, decimals as exact strings, NaN as a string,
/// NULL as null, and the statistics inside `--output json`.
@Suite struct QueryResultRenderingTests {
    static let result = QueryResult(
        status: QueryStatus(
            queryId: "q-1", state: "SUCCEEDED", statementType: "DML", dataScannedBytes: 25_000_000, engineMillis: 42),
        columns: [
            QueryColumn(name: "n", type: "bigint"),
            QueryColumn(name: "total", type: "decimal", precision: 38, scale: 2),
            QueryColumn(name: "ratio", type: "double"), QueryColumn(name: "note", type: "varchar"),
        ],
        rows: [[.int(9_007_199_254_740_993), .decimal("0.10"), .double(.nan), .null]])

    @Test func jsonKeepsTypesAndCarriesStatistics() throws {
        let text = QueryResultRendering.render(Self.result, as: .json)
        #expect(text.contains(#""n": 9007199254740993"#), "\(text)")
        #expect(text.contains(#""total": "0.10""#), "\(text)")
        #expect(text.contains(#""ratio": "NaN""#), "\(text)")
        #expect(text.contains(#""note": null"#), "\(text)")
        #expect(text.contains(#""type": "decimal(38,2)""#), "\(text)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let statistics = try #require(json["statistics"] as? [String: Any])
        #expect(statistics["dataScannedBytes"] as? Int == 25_000_000)
        #expect(statistics["costDollars"] as? Double == 25_000_000 / 1e12 * 5)
    }

    @Test func jsonLinesAndCSVOneRowEach() {
        #expect(
            QueryResultRendering.render(Self.result, as: .jsonl).trimmingCharacters(in: .newlines)
                == #"{"n":9007199254740993,"total":"0.10","ratio":"NaN","note":null}"#)
        #expect(
            QueryResultRendering.render(Self.result, as: .csv).split(separator: "\n").map(String.init) == [
                "n,total,ratio,note", "9007199254740993,0.10,NaN,",
            ])
    }

    @Test func footerNamesRowsScanCostAndQuery() {
        #expect(
            QueryResultRendering.footer(Self.result)
                == "1 row · 25.0 MB scanned · engine 42 ms · $0.000125 · query q-1")
    }
}
