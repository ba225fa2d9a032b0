import Foundation
import Testing

@testable import LakeCodec

/// `ColumnProfiler` fed string chunks with their dictionary indices left unexpanded (what `profile` reads)
/// must profile exactly as when fed the expanded values (what every other reader gets).
@Suite struct ColumnProfilerTests {
    /// Corpus files with dictionary-encoded strings, one of them with pages that fall back to PLAIN.
    static let files: [String] =
        [
            "duckdb-parquet-testing/candidate.parquet",
            "duckdb-parquet-testing/h2oai/h2oai_group_small.parquet",
            "duckdb-parquet-testing/struct_skip_test.parquet",
        ] + ParquetFileScanTests.smallFiles.prefix(60)

    @Test("string dictionaries profiled per entry give the profile of the expanded values")
    func dictionaryIndicesProfileAlike() throws {
        var compared = 0
        for path in Self.files {
            guard let file = try? ParquetFileScanTests.openCorpus(path) else { continue }
            for leaf in file.schema.columns.indices {
                let descriptor = file.schema.columns[leaf]
                var expanded = ColumnProfiler(descriptor: descriptor, arrowType: "?")
                var indexed = expanded
                guard indexed.takesDictionaryIndices else { continue }
                var kept = 0
                for g in 0..<file.rowGroupCount {
                    let plain = try? file.decodeChunk(g, leaf: leaf, verifyChecksums: false)
                    let dict = try? file.decodeChunk(
                        g, leaf: leaf, verifyChecksums: false, keepsDictionaryIndices: true)
                    #expect((plain == nil) == (dict == nil), "\(path) leaf \(leaf) group \(g)")
                    guard let plain, let dict else { continue }
                    #expect(plain.valueCount == dict.valueCount && plain.nullCount == dict.nullCount)
                    kept += dict.dictionaryIndices.count
                    expanded.add(plain)
                    indexed.add(dict)
                }
                #expect(expanded.finish() == indexed.finish(), "\(path) \(descriptor.dottedPath)")
                if kept > 0 { compared += 1 }
            }
        }
        #expect(compared >= 3)
    }
}
