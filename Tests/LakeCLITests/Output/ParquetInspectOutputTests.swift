import Foundation
import LakeCodec
import Testing

@testable import LakeCLI

@Suite struct ParquetInspectOutputTests {
    /// `$LAKECTL_CORPUS/parquet`, else `<repo>/../shared/corpus/parquet`.
    static func corpus(_ p: String) -> String {
        let root: URL
        if let env = ProcessInfo.processInfo.environment["LAKECTL_CORPUS"], !env.isEmpty {
            root = URL(fileURLWithPath: env)
        } else {
            root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("shared/corpus")
        }
        return root.appendingPathComponent("parquet").appendingPathComponent(p).path
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
