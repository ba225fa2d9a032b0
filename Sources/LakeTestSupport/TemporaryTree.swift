import Foundation

/// A fresh temporary folder a test builds files in — inline text, corpus copies, a lake file and its
/// scripts — and removes when done. One for every test target, so each does not grow its own.
public struct TemporaryTree: Sendable {
    public let root: URL

    public init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("lakectl-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    /// Writes `text` at `relative` (folders created) and returns its path.
    @discardableResult
    public func write(_ relative: String, _ text: String) throws -> String {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// Copies `source` to `relative` (folders created) and returns its path.
    @discardableResult
    public func copy(_ source: URL, to relative: String) throws -> String {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: source, to: url)
        return url.path
    }

    /// The path of `relative` inside the tree (the tree itself for "").
    public func path(_ relative: String = "") -> String {
        relative.isEmpty ? root.path : root.appendingPathComponent(relative).path
    }

    public func remove() { try? FileManager.default.removeItem(at: root) }
}
