import Foundation
import LakeOrchestration

/// `plan --out FILE` and `apply FILE`: the plan value as JSON on disk.
enum SavedPlan {
    static func write(_ plan: LakeFilePlan, to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        do {
            try encoder.encode(plan).write(to: URL(fileURLWithPath: path))
        } catch {
            throw CLIError.unreadableInput(what: path, reason: "cannot write the plan (\(error.localizedDescription))")
        }
    }

    static func read(_ path: String) throws -> LakeFilePlan {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LakeFileError.unreadablePlan(path: path, reason: "no such file")
        }
        do {
            return try JSONDecoder().decode(LakeFilePlan.self, from: data)
        } catch {
            throw LakeFileError.unreadablePlan(path: path, reason: "not a plan saved by `lakectl plan --out`")
        }
    }
}
