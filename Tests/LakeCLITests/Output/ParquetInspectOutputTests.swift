import Foundation
import LakeCodec
import LakeTestSupport
import Testing

@testable import LakeCLI

@Suite struct ParquetInspectOutputTests {
    /// A file of the corpus's `parquet` folder (`Fixtures.corpus`).
    static func corpus(_ p: String) -> String {
        Fixtures.corpus.appendingPathComponent("parquet").appendingPathComponent(p).path
    }

    @Test func jsonReportHasSchemaRowGroupsAndStatistics() throws {
        let f = try ParquetFile.open(Self.corpus("duckdb-parquet-testing/date_stats.parquet"))
        let text = JSONWriter.compact(ParquetInspectOutput.json(f))
        #expect(text.contains(#""numRows":2"#))
        #expect(text.contains(#""logicalType":"DATE""#) || text.contains(#""logicalType":"DATE"#))
        #expect(text.contains(#""min":"1900-01-01","max":"2030-12-31""#))
        #expect(text.contains(#""codec":"#))
    }

    @Test func textReportShowsTheSchemaTree() throws {
        let f = try ParquetFile.open(Self.corpus("apache-parquet-testing/data/nullable.impala.parquet"))
        let text = ParquetInspectOutput.text(f)
        #expect(text.contains("optional group int_map (MAP)"))
        #expect(text.contains("row group 0: 7 rows"))
    }
}
