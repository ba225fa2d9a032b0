import ArgumentParser

/// The root of the command tree. Subcommands register here; see PRODUCT.md for the target tree.
public struct LakeCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "lakectl",
        abstract: "Build and run a governed data lake on AWS.",
        subcommands: [InspectCommand.self, CatCommand.self, ProfileCommand.self]
    )

    public init() {}
}

extension LakeCommand {
    /// The entry point `main.swift` calls. Top-level code resolves `LakeCommand.main()` to the synchronous
    /// `ParsableCommand.main`, which refuses async commands at run time; inside an async function the
    /// async overload is chosen.
    public static func start() async {
        await main(nil)
    }
}
