import Foundation

/// Where the repository and the shared third-party corpus are, found from this source file so tests
/// run the same from `swift test`, an IDE or CI. `LAKECTL_CORPUS` overrides the corpus location.
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
}
