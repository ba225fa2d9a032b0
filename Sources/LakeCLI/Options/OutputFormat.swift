import ArgumentParser

/// How a command renders its result. `table` is for people; `json`, `jsonl` and `csv` are stable
/// interfaces for scripts (field names and order do not change without notice).
package enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case table
    case json
    case jsonl
    case csv
}
