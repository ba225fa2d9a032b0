import ArgumentParser
import Foundation
import LakeOrchestration

/// `lakectl usage`: what Athena cost, per workgroup and day, and the costliest queries — the answer to "who
/// scanned what this week" without the billing console.
struct UsageCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "usage",
        abstract:
            "Show Athena usage per workgroup and day: queries by state, data scanned, cost; the costliest queries.",
        discussion: """
            Cost is Athena's price: $5 per TB scanned, at least 10 MB per query; failed and DDL queries cost \
            nothing. `--output json` prints {days, costliest, totals}.

            Examples:
              lakectl usage
              lakectl usage --since 30d --workgroup primary --workgroup analysts
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: "How far back: 12h, 7d, 4w.")
    var since: String = "7d"

    @Option(help: "A workgroup to include (repeatable; default: primary).")
    var workgroup: [String] = []

    func validate() throws {
        do { _ = try LookbackWindow.parse(since) } catch { throw ValidationError("\(error)") }
    }

    func run() async throws {
        LoggingSetup.configure(verbosity: global.verbose)
        try await reportingErrors {
            let window = try LookbackWindow.parse(since)
            let report = try await QueryHistory(session: try global.session()).usage(
                workgroups: workgroup.isEmpty ? ["primary"] : workgroup,
                since: Date().addingTimeInterval(-window.seconds))
            StandardStreams.out(UsageRendering.render(report, as: global.output))
        }
    }
}

/// `usage` as text (a table per day, then the costliest queries) or one JSON object.
enum UsageRendering {
    static let dayColumns = [
        "workgroup", "day", "queries", "succeeded", "failed", "cancelled", "scannedBytes", "costDollars",
    ]

    static func dayRecord(_ day: UsageReport.Day) -> [(String, OutputValue)] {
        [
            ("workgroup", .string(day.workgroup)), ("day", .string(day.day)), ("queries", .int(Int64(day.queries))),
            ("succeeded", .int(Int64(day.byState["SUCCEEDED", default: 0]))),
            ("failed", .int(Int64(day.byState["FAILED", default: 0]))),
            ("cancelled", .int(Int64(day.byState["CANCELLED", default: 0]))),
            ("scannedBytes", .int(day.scannedBytes)), ("costDollars", .double(day.costDollars)),
        ]
    }

    static func queryRecord(_ query: QueryStatus) -> [(String, OutputValue)] {
        [
            ("queryId", .string(query.queryId)), ("workgroup", .string(query.workgroup)),
            ("scannedBytes", .int(query.dataScannedBytes)), ("costDollars", .double(query.costDollars)),
            ("sql", .string(query.sql.map { String($0.prefix(80)) } ?? "")),
        ]
    }

    /// For people, dollars to the millionth ("0.000050") rather than a number's shortest form ("5e-05").
    static func dollars(_ record: [(String, OutputValue)]) -> [(String, OutputValue)] {
        record.map { field in
            guard field.0 == "costDollars", case .double(let value) = field.1 else { return field }
            return (field.0, .string(String(format: "%.6f", value)))
        }
    }

    static func render(_ report: UsageReport, as format: OutputFormat) -> String {
        switch format {
        case .json, .jsonl:
            let object: OutputValue = .object([
                ("days", .array(report.days.map { .object(dayRecord($0)) })),
                ("costliest", .array(report.costliest.map { .object(queryRecord($0)) })),
                (
                    "totals",
                    .object([
                        ("queries", .int(Int64(report.totalQueries))), ("scannedBytes", .int(report.totalScannedBytes)),
                        ("costDollars", .double(report.totalCostDollars)),
                    ])
                ),
            ])
            return format == .json ? JSONWriter.pretty(object) : JSONWriter.compact(object)
        case .csv:
            return RecordRenderer.render(records: report.days.map(dayRecord), columns: dayColumns, as: .csv)
        case .table:
            var text =
                report.days.isEmpty
                ? "(no queries in this window)"
                : RecordRenderer.render(
                    records: report.days.map(dayRecord).map(dollars), columns: dayColumns, as: .table)
            if !report.costliest.isEmpty {
                text +=
                    "\n\ncostliest queries:\n"
                    + RecordRenderer.render(
                        records: report.costliest.map(queryRecord).map(dollars),
                        columns: ["queryId", "workgroup", "scannedBytes", "costDollars", "sql"], as: .table)
            }
            text += String(
                format: "\n\n%d queries · %@ scanned · $%.6f", report.totalQueries,
                ByteCountText.format(report.totalScannedBytes), report.totalCostDollars)
            return text
        }
    }
}
