import ArgumentParser

/// Options shared by `query` and `query results`: how many rows to fetch.
struct QueryResultOptions: ParsableArguments {
    @Option(name: .customLong("max-rows"), help: "Fetch and print at most N rows.")
    var maxRows: Int?

    func validate() throws {
        if let maxRows, maxRows < 0 { throw ValidationError("--max-rows must be 0 or more, got \(maxRows)") }
    }
}
