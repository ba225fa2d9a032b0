import Foundation
import LakeOrchestration

/// How a query result reaches the screen or a script: rows on stdout in the chosen format (integers as
/// JSON numbers, decimals as exact strings, NaN/Infinity as strings), and for table output a footer on
/// stderr; `--output json` carries the same statistics inside the JSON instead.
enum QueryResultRendering {
    static func print(_ result: QueryResult, as format: OutputFormat) {
        StandardStreams.out(render(result, as: format))
        if format == .table { StandardStreams.err(footer(result)) }
    }

    /// `--unload`: one row per file Athena wrote, and the same footer with the file count.
    static func print(_ result: QueryUnloadResult, as format: OutputFormat) {
        let records: [[(String, OutputValue)]] = result.files.map {
            [("file", .string($0.url)), ("bytes", .int($0.bytes))]
        }
        if format == .json {
            StandardStreams.out(
                JSONWriter.pretty(
                    .object([
                        ("queryId", .string(result.status.queryId)), ("state", .string(result.status.state)),
                        ("location", .string(result.location)), ("files", .array(records.map { .object($0) })),
                        ("statistics", .object(statistics(result.status))),
                    ])))
            return
        }
        StandardStreams.out(RecordRenderer.render(records: records, columns: ["file", "bytes"], as: format))
        if format == .table {
            let bytes = result.files.map(\.bytes).reduce(0, +)
            let cost = String(format: "$%.6f", result.status.costDollars)
            StandardStreams.err(
                "\(result.files.count) file\(result.files.count == 1 ? "" : "s") (\(ByteCountText.format(bytes))) under \(result.location) · \(ByteCountText.format(result.status.dataScannedBytes)) scanned · \(cost) · query \(result.status.queryId)"
            )
        }
    }

    static func render(_ result: QueryResult, as format: OutputFormat) -> String {
        let names = result.columns.map(\.name)
        let records = result.rows.map { row in Array(zip(names, row.map(value))) }
        switch format {
        case .json:
            return JSONWriter.pretty(
                .object(
                    [
                        ("queryId", .string(result.status.queryId)), ("state", .string(result.status.state)),
                        (
                            "columns",
                            .array(
                                result.columns.map {
                                    .object([("name", .string($0.name)), ("type", .string($0.typeDescription))])
                                })
                        ),
                        ("rows", .array(records.map { .object($0) })),
                        ("truncated", .bool(result.truncated)),
                        ("statistics", .object(statistics(result.status))),
                        ("fetch", .string(result.fetch.rawValue)),
                    ] + (result.unloadLocation.map { [("unloadLocation", OutputValue.string($0))] } ?? [])))
        case .table, .csv, .jsonl:
            return RecordRenderer.render(records: records, columns: names, as: format)
        }
    }

    static func value(_ value: QueryValue) -> OutputValue {
        switch value {
        case .int(let i): return .int(i)
        case .decimal(let d): return .string(d)
        case .double(let d): return .double(d)
        case .bool(let b): return .bool(b)
        case .string(let s): return .string(s)
        case .array(let items): return .array(items.map(Self.value))
        case .object(let fields): return .object(fields.map { ($0.name, Self.value($0.value)) })
        case .null: return .null
        }
    }

    static func statistics(_ status: QueryStatus) -> [(String, OutputValue)] {
        [
            ("dataScannedBytes", .int(status.dataScannedBytes)), ("engineMillis", .int(status.engineMillis)),
            ("totalMillis", .int(status.totalMillis)), ("costDollars", .double(status.costDollars)),
            ("reusedPreviousResult", .bool(status.reusedPreviousResult)),
        ]
    }

    static func record(_ status: QueryStatus) -> [(String, OutputValue)] {
        [
            ("queryId", .string(status.queryId)), ("state", .string(status.state)),
            ("reason", status.reason.map(OutputValue.string) ?? .null),
            ("statementType", status.statementType.map(OutputValue.string) ?? .null),
            ("outputLocation", status.outputLocation.map(OutputValue.string) ?? .null),
        ] + statistics(status)
    }

    /// `3 rows · 74.6 KB scanned · engine 12 ms · $0.000050`, and a note when --max-rows cut the result.
    static func footer(_ result: QueryResult) -> String {
        let status = result.status
        let rows =
            "\(result.rows.count) row\(result.rows.count == 1 ? "" : "s")\(result.truncated ? " (truncated by --max-rows)" : "")"
        let cost = String(format: "$%.6f", status.costDollars)
        let via =
            result.fetch == .page
            ? ""
            : " · fetched by \(result.fetch.rawValue)"
                + (result.unloadLocation.map { " (kept at \($0))" } ?? "")
        return
            "\(rows) · \(ByteCountText.format(status.dataScannedBytes)) scanned · engine \(status.engineMillis) ms · \(cost) · query \(status.queryId)\(via)"
    }
}
