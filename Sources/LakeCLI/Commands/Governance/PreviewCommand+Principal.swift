import ArgumentParser
import Foundation
import LakeCodec
import LakeFilter
import LakeOrchestration

extension PreviewCommand {
    /// `preview PATH --as P --table D.T`: P's grants on D.T from Lake Formation, combined as Lake Formation does
    /// (rows of any matching grant, cells of the grants that matched the row), applied to the local files; with
    /// `--config`, the grants the lake file's teams declare for P instead.
    func runAsPrincipal() async throws {
        try await reportingErrors {
            guard let who = principal.as else { return }
            guard let table = principal.table ?? (isGlueTable ? path : nil) else {
                throw ValidationError(
                    "--as needs --table DATABASE.TABLE: the table whose grants apply (or PATH as DATABASE.TABLE)")
            }
            if rowFilter != nil || excludeColumns != nil {
                throw ValidationError(
                    "--as takes the row filter and columns from the principal's grants; drop --row-filter and "
                        + "--exclude-columns (--columns narrows what the principal sees)")
            }
            let remote = try await resolveSource()
            defer { remote.remove() }
            let preview: PrincipalPreview
            if let config = common.config {
                let lake = try LakeFileLoading.load(config, for: "reading its teams' grants")
                preview = try LakeGovernance.principalView(
                    principal: who, table: table, data: remote.binding(0, name: path),
                    columns: ParquetCommandSupport.columnList(columns), lake: lake)
            } else {
                preview = try await LakeGovernance(session: try common.session())
                    .principalView(
                        principal: who, table: table, data: remote.binding(0, name: path),
                        columns: ParquetCommandSupport.columnList(columns))
            }
            for warning in preview.warnings { StandardStreams.err("lakectl: warning: \(warning.message)") }
            let view = preview.view
            let names = view.names
            var writer = PreviewRowWriter(names: names, output: output, limit: limit)
            // On a thread of its own: reading S3 objects in place, the scan waits for their bytes.
            let counts = try await OwnThread.run {
                try ParquetCommandSupport.run {
                    try view.scan(preview.dataset) { rows in writer.write(rows) }
                }
            }
            remote.reportFetched(verbosity: common.verbose)
            writer.finish(summary: "\(who) sees \(counts.kept) of \(counts.read) rows")
        }
    }

    /// PATH names a Glue table (`DB.TABLE`, not an existing file): then it is also the table whose grants apply.
    var isGlueTable: Bool { LakeSession.isTableName(path) && !FileManager.default.fileExists(atPath: path) }
}
