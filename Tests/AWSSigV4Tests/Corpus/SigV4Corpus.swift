import Foundation

/// Where the SigV4 corpus lives: `$LAKECTL_CORPUS` (the corpus root or its `sigv4` folder) or, by default,
/// `../shared/corpus/sigv4` next to the repository root found from this file's path.
enum SigV4Corpus {
    static let root: URL? = {
        let fileManager = FileManager.default
        if let override = ProcessInfo.processInfo.environment["LAKECTL_CORPUS"], !override.isEmpty {
            let base = URL(fileURLWithPath: override)
            let nested = base.appendingPathComponent("sigv4")
            return fileManager.fileExists(atPath: nested.path) ? nested : base
        }
        var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while directory.path != "/" {
            if fileManager.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) {
                let corpus = directory.deletingLastPathComponent().appendingPathComponent("shared/corpus/sigv4")
                return fileManager.fileExists(atPath: corpus.path) ? corpus : nil
            }
            directory = directory.deletingLastPathComponent()
        }
        return nil
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
