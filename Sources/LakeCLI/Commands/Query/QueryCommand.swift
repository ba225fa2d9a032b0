import ArgumentParser

/// `lakectl query`: SQL on Athena. `lakectl query "SQL"` runs a query (the default subcommand, so the SQL
/// needs no verb); `status`, `results` and `cancel` act on a query id from an earlier run or `--no-wait`.
struct QueryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Run SQL on Athena and print typed results, what it scanned and what it cost.",
        subcommands: [
            QueryRunCommand.self, QueryStatusCommand.self, QueryResultsCommand.self, QueryCancelCommand.self,
            QueryHistoryCommand.self,
        ],
        defaultSubcommand: QueryRunCommand.self)
}
