import ArgumentParser

/// `--config F`: which lake file the lake-file commands (init, validate, plan, apply) read or write.
struct LakeFileOptions: ParsableArguments, Sendable {
    static let defaultPath = "config/lake.yaml"

    @Option(name: .long, help: "The lake file (default: config/lake.yaml).")
    var config: String = LakeFileOptions.defaultPath
}
