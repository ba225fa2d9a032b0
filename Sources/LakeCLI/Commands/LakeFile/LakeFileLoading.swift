import LakeConfig

/// Loads the lake file for plan and apply: every validation problem printed with its position, then one error.
enum LakeFileLoading {
    static func load(_ path: String) throws -> LakeFile {
        do {
            return try LakeFileLoader.load(path: path)
        } catch {
            for problem in error.errors { StandardStreams.err(problem.description) }
            let count = error.errors.count
            throw CLIError.invalidInput(
                "\(path): \(count) problem\(count == 1 ? "" : "s"); fix them (lakectl validate) before planning")
        }
    }
}
