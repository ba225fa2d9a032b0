import Foundation
import LakeTestSupport

/// Where the SigV4 corpus lives: the `sigv4` folder of the corpus `Fixtures.corpus` finds
/// (`$LAKECTL_CORPUS`, else `../shared/corpus` beside the repository); nil when it is not there, which
/// `CorpusInventoryTests.corpusIsPresent` turns into a failure.
enum SigV4Corpus {
    static let root: URL? = {
        let corpus = Fixtures.corpus.appendingPathComponent("sigv4")
        return FileManager.default.fileExists(atPath: corpus.path) ? corpus : nil
    }()

    static var awsCAuth: URL? { root?.appendingPathComponent("aws-c-auth-v4") }
    static var legacy: URL? { root?.appendingPathComponent("aws-sig-v4-test-suite") }

    /// Immediate subdirectories, sorted by name.
    static func subdirectories(of url: URL) -> [URL] {
        let entries =
            (try? FileManager.default.contentsOfDirectory(
                at: url, includingPropertiesForKeys: [.isDirectoryKey], options: [.skipsHiddenFiles])) ?? []
        return entries.filter { (try? $0.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    /// Every directory below `url` (not `url` itself), depth first, sorted.
    static func allDirectories(below url: URL) -> [URL] {
        subdirectories(of: url).flatMap { [$0] + allDirectories(below: $0) }
    }

    static func bytes(_ url: URL) -> [UInt8]? {
        (try? Data(contentsOf: url)).map { Array($0) }
    }

    static func text(_ url: URL) -> String? {
        bytes(url).map { String(decoding: $0, as: UTF8.self) }
    }
}
