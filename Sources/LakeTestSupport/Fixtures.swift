import Foundation

/// Where the repository and the shared third-party corpus are, found from this source file so tests
/// run the same from `swift test`, an IDE or CI. `LAKECTL_CORPUS` overrides the corpus location.
/// This is the one corpus locator: every corpus test reads its files below `corpus`, so a checkout
/// without the corpus fails the same way everywhere instead of some suites skipping.
public enum Fixtures {
    /// The repository root (the folder holding Package.swift).
    public static let repositoryRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }  // Sources/LakeTestSupport/Fixtures.swift
        return url
    }()

    /// `../shared/corpus` beside the repository, unless `LAKECTL_CORPUS` says otherwise.
    public static var corpus: URL {
        if let override = ProcessInfo.processInfo.environment["LAKECTL_CORPUS"], !override.isEmpty {
            return URL(fileURLWithPath: override)
        }
        return repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus")
    }

    /// A file or folder of the corpus that must exist: a missing corpus is a test failure, not a skip.
    public static func corpusItem(_ relative: String) throws -> URL {
        let url = corpus.appendingPathComponent(relative)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw Missing(path: url.path)
        }
        return url
    }

    /// A corpus file or folder a test needs is not there.
    public struct Missing: Error, CustomStringConvertible {
        public let path: String
        public var description: String {
            "corpus item not found: \(path); put the shared corpus at ../shared/corpus beside the repository "
                + "or set LAKECTL_CORPUS to its folder"
        }
    }
}
