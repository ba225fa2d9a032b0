import Foundation
import LakeOrchestration

/// Job results as records and text: values in, text out.
enum JobRendering {
    static func record(_ result: JobDeployResult) -> [(String, OutputValue)] {
        [
            ("job", .string(result.job)), ("change", .string(result.definition.word)),
            ("script", .string(result.scriptLocation)), ("scriptChange", .string(result.script.word)),
            ("role", .string(result.roleArn)),
        ]
    }

    static func record(_ result: JobRunResult) -> [(String, OutputValue)] {
        [
            ("job", .string(result.job)), ("runId", .string(result.runId)), ("state", .string(result.state)),
            ("seconds", result.executionSeconds.map { .int(Int64($0)) } ?? .null),
            ("dpuSeconds", result.dpuSeconds.map { .double($0) } ?? .null),
            ("error", result.errorMessage.map { .string($0) } ?? .null),
            ("errorLog", .array(result.errorLines.map { .string($0) })),
        ]
    }

    /// For people: the outcome line, and on failure Glue's message and the error log's last lines.
    static func text(_ result: JobRunResult, as format: OutputFormat) -> String {
        guard format == .table else { return RecordRenderer.render(record: record(result), as: format) }
        switch result.state {
        case "STARTING":
            return "job \(result.job) run \(result.runId) started; follow it with: lakectl job status \(result.job) "
                + result.runId
        case "SUCCEEDED":
            return "job \(result.job) run \(result.runId) SUCCEEDED in \(result.executionSeconds ?? 0)s"
        default:
            var text = "job \(result.job) run \(result.runId) \(result.state)"
            if let message = result.errorMessage { text += ": \(message)" }
            if !result.errorLines.isEmpty {
                text += "\nlast lines of the error log:\n" + result.errorLines.map { "  " + $0 }.joined(separator: "\n")
            }
            return text
        }
    }

    static func record(_ run: JobRunStatus) -> [(String, OutputValue)] {
        let started = run.startedOn.map { ISO8601DateFormatter().string(from: $0) }
        return [
            ("id", .string(run.id)), ("state", .string(run.state)), ("started", started.map { .string($0) } ?? .null),
            ("seconds", run.executionSeconds.map { .int(Int64($0)) } ?? .null),
            ("dpuSeconds", run.dpuSeconds.map { .double($0) } ?? .null),
            ("error", run.errorMessage.map { .string($0) } ?? .null),
        ]
    }
}
