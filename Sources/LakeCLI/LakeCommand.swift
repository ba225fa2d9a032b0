import ArgumentParser

/// The root of the command tree. Subcommands register here; see PRODUCT.md for the target tree.
public struct LakeCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "lakectl",
        abstract: "Build and run a governed data lake on AWS.",
        version: LakectlVersion.current,
        subcommands: [
            WhoamiCommand.self, SignCommand.self, IngestCommand.self, IAMCommand.self, CatalogCommand.self,
            InspectCommand.self, CatCommand.self, ProfileCommand.self, ConvertCommand.self, SchemaCommand.self,
            CrawlCommand.self, QueryCommand.self, UsageCommand.self, PreviewCommand.self, GrantCommand.self,
            RevokeCommand.self, GrantsCommand.self, FilterCommand.self, LFCommand.self, StreamCommand.self,
            TagCommand.self, JobCommand.self, InitCommand.self, ValidateCommand.self, PlanCommand.self,
            ApplyCommand.self, WorkgroupCommand.self,
        ]
    )

    public init() {}

    /// The process entry point: parse, run the chosen command (async or not), exit with its status.
    /// Spelled out rather than `main()` because from top-level code the synchronous overload of
    /// `main()` wins and then refuses to run an async command.
    public static func run(arguments: [String]? = nil) async -> Never {
        if let problem = SubcommandSuggestion.problem(
            in: arguments ?? Array(CommandLine.arguments.dropFirst()), root: LakeCommand.self)
        {
            StandardStreams.err("lakectl: error: \(problem)")
            exit(withError: ExitCode(64))
        }
        do {
            var command = try parseAsRoot(arguments)
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            exit()
        } catch {
            exit(withError: error)
        }
    }
}
