import ArgumentParser
import LakeOrchestration

/// Options shared by `query` and `query results`: how many rows to fetch and by which path.
struct QueryResultOptions: ParsableArguments {
    @Option(name: .customLong("max-rows"), help: "Fetch and print at most N rows.")
    var maxRows: Int?

    @Option(
        name: .customLong("fetch"),
        help: ArgumentHelp(
            "How rows come back: page (GetQueryResults), csv (the result file from S3), unload (Parquet via UNLOAD), or auto (by expected size).",
            valueName: "auto|page|csv|unload"))
    var fetch: String = "auto"

    var fetchPath: QueryFetch { QueryFetch(rawValue: fetch) ?? .auto }

    func validate() throws {
        if let maxRows, maxRows < 0 { throw ValidationError("--max-rows must be 0 or more, got \(maxRows)") }
        if QueryFetch(rawValue: fetch) == nil {
            throw ValidationError("--fetch must be auto, page, csv or unload, got \(fetch)")
        }
    }
}
