import Foundation

/// Finds the shared test corpus: `$LAKECTL_CORPUS`, else `<repo>/../shared/corpus` from this file's path.
enum CorpusLocator {
    static var root: URL {
        if let env = ProcessInfo.processInfo.environment["LAKECTL_CORPUS"], !env.isEmpty {
            return URL(fileURLWithPath: env)
        }
        // Tests/LakeCodecTests/Corpus/CorpusLocator.swift → repo root is four levels up.
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        return repo.deletingLastPathComponent().appendingPathComponent("shared/corpus")
    }

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
