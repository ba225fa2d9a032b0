import ArgumentParser

/// The root of the command tree. Subcommands register here; see PRODUCT.md for the target tree.
public struct LakeCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "lakectl",
        abstract: "Build and run a governed data lake on AWS.",
        subcommands: []
    )

    public init() {}
}
