import Foundation
import LakeTestSupport

/// Builds folder trees in a fresh temporary directory from corpus files and inline text, for the
/// inference and crawl tests. Each test gets its own tree; `remove()` cleans up.
typealias TempTree = TemporaryTree

extension TemporaryTree {
    static var csvCorpus: URL { Fixtures.corpus.appendingPathComponent("csv/duckdb/data-csv") }
    static var parquetCorpus: URL { Fixtures.corpus.appendingPathComponent("parquet/apache-parquet-testing/data") }
}
