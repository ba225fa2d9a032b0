import ArgumentParser

/// `--output` of commands that print rows (`cat`): only the formats they write, so `--help` lists exactly
/// those and anything else is refused by the parser with the valid choices.
enum RowOutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case jsonl
    case csv
    case table
}
