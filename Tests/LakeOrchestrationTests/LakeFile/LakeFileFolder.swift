import Foundation
import LakeConfig

@testable import LakeOrchestration

/// A temporary folder holding a lake file and the job scripts it names.
struct LakeFileFolder {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("lakectl-lakefile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    @discardableResult
    func write(_ relative: String, _ text: String) throws -> String {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    func load(_ text: String) throws -> LakeFile {
        try LakeFileLoader.parse(text, file: root.appendingPathComponent("lake.yaml").path)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}
