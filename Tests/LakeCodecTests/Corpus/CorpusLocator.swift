import Foundation
import LakeTestSupport

/// The Parquet part of the shared test corpus, found by `Fixtures.corpus` (`$LAKECTL_CORPUS`, else
/// `<repo>/../shared/corpus`).
enum CorpusLocator {
    static var root: URL { Fixtures.corpus }

    static var parquetRoot: URL { root.appendingPathComponent("parquet") }

    /// Every Parquet file in the corpus, as paths relative to `parquetRoot`, sorted.
    static func parquetFiles() -> [String] {
        let base = parquetRoot.path
        guard let e = FileManager.default.enumerator(atPath: base) else { return [] }
        var out: [String] = []
        while let p = e.nextObject() as? String {
            let lower = p.lowercased()
            if lower.hasSuffix(".parquet") || lower.hasSuffix(".parquet.encrypted") { out.append(p) }
        }
        return out.sorted()
    }
}
