import ArgumentParser
import LakeCodec
import LakeFilter
import LakeOrchestration

extension PreviewCommand {
    /// `preview PATH --as P --table D.T`: P's grants on D.T from Lake Formation, combined as Lake Formation does
    /// (rows of any matching grant, cells of the grants that matched the row), applied to the local files.
    func runAsPrincipal() async throws {
        try await reportingErrors {
            guard let who = principal.as, let table = principal.table else { return }
            if rowFilter != nil || excludeColumns != nil {
                throw ValidationError(
                    "--as takes the row filter and columns from the principal's grants; drop --row-filter and "
                        + "--exclude-columns (--columns narrows what the principal sees)")
            }
            let remote = try await resolveSource()
            defer { remote.remove() }
            let preview = try await LakeGovernance(session: try common.session())
                .principalView(
                    principal: who, table: table, path: remote.paths[0],
                    columns: ParquetCommandSupport.columnList(columns))
            for warning in preview.warnings { StandardStreams.err("lakectl: warning: \(warning.message)") }
            let view = preview.view
            let names = view.names
            var remaining = limit ?? Int.max
            var records: [[(String, OutputValue)]] = []
            let csv = CSVWriter()
            if output == .csv {
                csv.appendRow(names)
                StandardStreams.out(csv.takeText())
            }
            let counts = try ParquetCommandSupport.run {
                try view.scan(preview.dataset) { rows in
                    let shown = rows.prefix(remaining)
                    remaining -= shown.count
                    switch output {
                    case .table: records += shown.map { Array(zip(names, $0.map(ParquetValueOutput.output))) }
                    case .csv:
                        for row in shown { csv.appendRow(row.map { ParquetValueOutput.output($0).csvField }) }
                        if !shown.isEmpty { StandardStreams.out(csv.takeText()) }
                    default:
                        var buffer: [UInt8] = []
                        for row in shown {
                            ParquetJSONLines.appendRow(names: names, values: row, to: &buffer)
                            buffer.append(UInt8(ascii: "\n"))
                        }
                        if !buffer.isEmpty { StandardStreams.out(String(decoding: buffer, as: UTF8.self)) }
                    }
                    return remaining > 0
                }
            }
            if output == .table {
                StandardStreams.out(RecordRenderer.render(records: records, columns: names, as: .table))
                StandardStreams.err("\(who) sees \(counts.kept) of \(counts.read) rows")
            }
        }
    }
}
