import Foundation
import LakeConfig
import LakeTestSupport

@testable import LakeOrchestration

/// A temporary folder holding a lake file and the job scripts it names.
typealias LakeFileFolder = TemporaryTree

extension TemporaryTree {
    /// `text` parsed as the lake file `lake.yaml` in this folder (job scripts resolve against it).
    func load(_ text: String) throws -> LakeFile {
        try LakeFileLoader.parse(text, file: root.appendingPathComponent("lake.yaml").path)
    }
}
