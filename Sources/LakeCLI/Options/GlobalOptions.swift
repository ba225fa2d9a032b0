import ArgumentParser
import Foundation

/// The options of the AWS commands: the common ones every command takes, and `--output` with all four
/// formats. Members of `CommonOptions` read through (`global.profile`), so commands name them the same way
/// whichever group holds them.
@dynamicMemberLookup
package struct GlobalOptions: ParsableArguments, Sendable {
    @OptionGroup package var common: CommonOptions

    @Option(help: "Output format: table, json, jsonl or csv (json, jsonl and csv are stable for scripts).")
    package var output: OutputFormat = .table

    package init() {}

    package subscript<T>(dynamicMember keyPath: WritableKeyPath<CommonOptions, T>) -> T {
        get { common[keyPath: keyPath] }
        set { common[keyPath: keyPath] = newValue }
    }
}
