import ArgumentParser
import LakeCodec
import LakeConfig
import LakeFilter

/// `lakectl validate [--config F] [--data NAME=PATH …]`: every problem of the lake file, offline.
struct ValidateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check the lake file offline and report every problem with its position.",
        discussion: """
            Checks keys, types, required fields, references between resources, sizes, durations, bucket \
            names, principal ARNs and row filters, with no AWS call. --data gives a table's columns from a \
            local Parquet, CSV or JSON-lines file, so row filters and column lists on that table are checked \
            against them. Exits 0 when the file is valid, 1 with every problem otherwise.

            Examples:
              lakectl validate
              lakectl validate --config lake.yaml --data shop.orders=samples/orders.parquet
            """)

    @OptionGroup var common: CommonOptions

    @Option(name: .customLong("data"), help: "DATABASE.TABLE=PATH: a local file with the table's columns (repeatable).")
    var data: [String] = []

    func validate() throws {
        for item in data where DataOption(item) == nil {
            throw ValidationError("--data \(item): expected DATABASE.TABLE=PATH")
        }
    }

    func run() async throws {
        let path = common.config ?? LakeFileOptions.defaultPath
        try await reportingErrors {
            var schemas: [String: FilterSchema] = [:]
            for option in data.compactMap(DataOption.init) {
                schemas[option.table] = try ParquetCommandSupport.run { try option.schema() }
            }
            do {
                let lake = try LakeFileLoader.load(path: path, schemas: schemas)
                StandardStreams.out("\(path): valid (\(LakeFileSummary.counts(lake)))")
            } catch let error as LakeFileProblems {
                for problem in error.errors { StandardStreams.err(problem.description) }
                let count = error.errors.count
                throw CLIError.invalidInput("\(path): \(count) problem\(count == 1 ? "" : "s")")
            }
        }
    }
}

/// `--data shop.orders=path`: the table's schema from a local file, read as the local commands read it.
struct DataOption {
    var table: String
    var path: String

    init?(_ text: String) {
        guard let equals = text.firstIndex(of: "=") else { return nil }
        table = String(text[..<equals]).lowercased()
        path = String(text[text.index(after: equals)...])
        let parts = table.split(separator: ".", omittingEmptySubsequences: false)
        if parts.count != 2 || parts.contains(where: \.isEmpty) || path.isEmpty { return nil }
    }

    func schema() throws -> FilterSchema {
        let input = try LocalInput.open(path, csv: CSVReadSettings())
        defer { input.remove() }
        return try ParquetDataset.open(input.parquetPath).schema
    }
}

/// "3 buckets, 2 databases, …": what a valid file declares, for the one-line confirmation.
enum LakeFileSummary {
    static func counts(_ lake: LakeFile) -> String {
        let parts: [(String, Int)] = [
            ("kms key", lake.kmsKeys.count), ("bucket", lake.buckets.count), ("database", lake.databases.count),
            ("snapshot export", lake.snapshots.count), ("crawler", lake.crawlers.count), ("job", lake.jobs.count),
            ("stream", lake.streams.count), ("workgroup", lake.workgroups.count), ("team", lake.teams.count),
        ]
        let text = parts.filter { $0.1 > 0 }.map { "\($0.1) \($0.0)\($0.1 == 1 ? "" : "s")" }
        return text.isEmpty ? "nothing declared" : text.joined(separator: ", ")
    }
}
