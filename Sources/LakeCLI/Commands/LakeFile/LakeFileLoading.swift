import LakeConfig

/// Loads the lake file: every validation problem printed with its position, then one error saying what the
/// file was needed for (`purpose`: planning for plan and apply, the teams' grants for `--as --config`).
enum LakeFileLoading {
    static func load(_ path: String, for purpose: String = "planning") throws -> LakeFile {
        do {
            return try LakeFileLoader.load(path: path)
        } catch {
            for problem in error.errors { StandardStreams.err(problem.description) }
            let count = error.errors.count
            throw CLIError.invalidInput(
                "\(path): \(count) problem\(count == 1 ? "" : "s"); fix them (lakectl validate) before \(purpose)")
        }
    }
}
