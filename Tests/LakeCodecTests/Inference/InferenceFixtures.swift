import Foundation
import LakeTestSupport

/// Builds folder trees in a fresh temporary directory from corpus files and inline text, for the
/// inference and crawl tests. Each test gets its own tree; `remove()` cleans up.
struct TempTree {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("lakectl-infer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    static var csvCorpus: URL { Fixtures.corpus.appendingPathComponent("csv/duckdb/data-csv") }
    static var parquetCorpus: URL { Fixtures.corpus.appendingPathComponent("parquet/apache-parquet-testing/data") }

    /// Path of `relative` inside the tree (folders created).
    @discardableResult
    func write(_ relative: String, _ text: String) throws -> String {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @discardableResult
    func copy(_ source: URL, to relative: String) throws -> String {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: source, to: url)
        return url.path
    }

    func path(_ relative: String = "") -> String {
        relative.isEmpty ? root.path : root.appendingPathComponent(relative).path
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}
