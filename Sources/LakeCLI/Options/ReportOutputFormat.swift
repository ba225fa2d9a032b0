import ArgumentParser

/// `--output` of commands that print one report (`inspect`, `profile`): table for people, json for scripts.
/// Only these two are listed by `--help` and accepted.
enum ReportOutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case table
    case json

    var format: OutputFormat { self == .table ? .table : .json }
}
