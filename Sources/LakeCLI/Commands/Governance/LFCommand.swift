import ArgumentParser

/// `lakectl lf …`: Lake Formation set-up checks.
struct LFCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lf", abstract: "Check the Lake Formation set-up behind grants and filters.",
        subcommands: [LFCheckCommand.self, LFSettingsCommand.self, LFRegisterCommand.self])
}
