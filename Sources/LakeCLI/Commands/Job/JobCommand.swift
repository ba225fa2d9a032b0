import ArgumentParser

/// `lakectl job`: Glue ETL jobs — deploy a script, run it, see its runs and logs.
struct JobCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "job",
        abstract: "Deploy and run Glue jobs, and show their runs and logs.",
        subcommands: [JobDeployCommand.self, JobRunCommand.self, JobStatusCommand.self, JobLogsCommand.self])
}

/// `--arg K=V`, repeatable, as Glue's job arguments (a leading `--` is added to the key when missing).
enum JobArguments {
    static func parse(_ pairs: [String]) throws -> [String: String] {
        var arguments: [String: String] = [:]
        for pair in pairs {
            guard let equals = pair.firstIndex(of: "="), equals != pair.startIndex else {
                throw ValidationError("--arg must be KEY=VALUE, not \(pair)")
            }
            let key = String(pair[..<equals])
            arguments[key.hasPrefix("--") ? key : "--" + key] = String(pair[pair.index(after: equals)...])
        }
        return arguments
    }
}
