import ArgumentParser
import Foundation
import LakeCodec
import LakeFilter
import LakeOrchestration

/// `lakectl preview PATH`: the rows and columns a principal granted a data cells filter would see, read
/// from local Parquet files before the grant exists (Lake Formation itself only shows this after the
/// grant, by querying as the principal). The filter is checked with Lake Formation's rules first.
struct PreviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preview",
        abstract: "Show the rows and columns a Lake Formation data cells filter lets a principal see.",
        discussion: """
            PATH is a Parquet, CSV or JSON lines file, or a folder of Parquet files; Hive key=value folders become string partition \
            columns. The row filter uses Lake Formation's grammar (comparisons, AND/OR/NOT, IN, BETWEEN, \
            LIKE, IS [NOT] NULL, struct fields as a.b) and is checked against the files' schema as Lake \
            Formation checks it. With table output, stderr reports how many rows were kept of those read.

            PATH may also be s3://bucket/key or s3://bucket/prefix/ (Parquet objects are read in place with \
            ranged GETs of their footers and the column chunks read; CSV and JSON lines objects are copied to \
            a temporary folder first), or a Glue table DB.TABLE, read from its registered partitions (with the \
            catalog's partition keys, whatever their folders) or, unpartitioned, its S3 location.
            """)

    @Argument(
        help:
            "A Parquet, CSV or JSON lines file or a folder of them (local, s3://bucket/key or s3://bucket/prefix/), or a Glue table DB.TABLE."
    )
    var path: String

    @Option(name: .customLong("row-filter"), help: "The filter's row expression, e.g. \"country = 'KR'\".")
    var rowFilter: String?

    @Option(help: "Only these columns, comma separated (nested parts as address.city).")
    var columns: String?

    @Option(name: .customLong("exclude-columns"), help: "All columns except these, comma separated.")
    var excludeColumns: String?

    @Option(help: "Print at most this many rows (all rows are still counted).")
    var limit: Int?

    @Option(help: "Output format: jsonl, csv or table.")
    var output: OutputFormat = .jsonl

    @OptionGroup var principal: PreviewPrincipalOptions

    func validate() throws {
        if let limit, limit < 0 { throw ValidationError("--limit must be zero or more") }
        if output == .json { throw ValidationError("preview writes jsonl, csv or table; use --output jsonl") }
        if columns != nil && excludeColumns != nil {
            throw ValidationError(
                "--columns and --exclude-columns cannot be combined: a Lake Formation column filter is one or the other"
            )
        }
    }

    @OptionGroup var common: CommonOptions

    func run() async throws {
        LoggingSetup.configure(verbosity: common.verbose)
        if principal.as != nil { return try await runAsPrincipal() }
        try await reportingErrors {
            let remote = try await resolveSource()
            defer { remote.remove() }
            let opened = try ParquetCommandSupport.run { try LocalTableReader.open(remote.binding(0, name: path)) }
            defer { opened.remove() }
            let dataset = opened.dataset
            let schema = dataset.schema
            var filter: BoundFilter?
            do throws(FilterError) {
                if let rowFilter { filter = try BoundFilter.compile(rowFilter, schema: schema) }
            } catch {
                // The filter again with a caret under the position, as the error is about that text.
                let caret = String(repeating: " ", count: max(0, error.position - 1)) + "^"
                StandardStreams.err("lakectl: error: \(error)\n  \(rowFilter ?? "")\n  \(caret)")
                throw ExitCode(64)
            }
            let visible: [VisibleColumn]
            do throws(FilterError) {
                visible = try ColumnSelection.make(
                    include: ParquetCommandSupport.columnList(columns),
                    exclude: ParquetCommandSupport.columnList(excludeColumns)
                ).visibleColumns(of: schema)
            } catch {
                StandardStreams.err("lakectl: error: column filter: \(error.reason)")
                throw ExitCode(64)
            }
            let names = visible.map(\.name)
            var writer = PreviewRowWriter(names: names, output: output, limit: limit)
            // On a thread of its own: reading S3 objects in place, the scan waits for their bytes.
            let counts = try await OwnThread.run {
                try ParquetCommandSupport.run {
                    try dataset.scan(filter: filter, columns: visible) { rows in writer.write(rows) }
                }
            }
            remote.reportFetched(verbosity: common.verbose)
            writer.finish(summary: "kept \(counts.kept) of \(counts.read) rows")
        }
    }

    /// PATH resolved: an `s3://` object or prefix (Parquet read in place, other formats copied to a
    /// temporary folder) or a Glue table `DB.TABLE` (its registered partitions, or its location); a local
    /// path as it is.
    func resolveSource() async throws -> RemoteFolders {
        try await ParquetCommandSupport.runAsync {
            if LakeSession.isTableName(path) && !FileManager.default.fileExists(atPath: path) {
                return try await RemoteFolders.resolveTable(path, common: common)
            }
            return try await RemoteFolders.resolve([path], common: common, inferenceOnly: false, readInPlace: true)
        }
    }
}
