import Foundation

/// Reads small text files (the shared config files, web identity and container token files). Injected so that
/// tests run without a real HOME and so that a token file is re-read on every refresh rather than cached.
package struct FileReader: Sendable {
    /// Returns the file's text, nil when the file does not exist, or throws `ConfigError.unreadableFile`.
    private let readText: @Sendable (String) throws -> String?

    package init(_ readText: @escaping @Sendable (String) throws -> String?) {
        self.readText = readText
    }

    /// The file's text, or nil when it does not exist (a missing shared file is the same as an empty one).
    package func read(_ path: String) throws -> String? {
        try readText(path)
    }

    /// The local disk, decoding UTF-8.
    package static let disk = FileReader { path in
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigError.unreadableFile(path: path, reason: "permission denied or not a regular file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigError.unreadableFile(path: path, reason: "not valid UTF-8")
        }
        return text
    }

    /// A fixed set of files keyed by absolute path, for tests.
    package static func inMemory(_ files: [String: String]) -> FileReader {
        FileReader { path in files[path] }
    }
}
