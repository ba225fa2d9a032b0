import LakeCodec
import LakeOrchestration

/// A `Plan` for people (`+ kind id` to create, `~ kind id` with `field: old → new` to update,
/// `- kind id` to delete, `= kind id` unchanged, then a count) or for scripts (`--output json`:
/// the same entries as objects).
enum PlanRenderer {
    static func render(_ plan: Plan, as format: OutputFormat) -> String {
        switch format {
        case .json: return JSONWriter.pretty(value(plan))
        case .jsonl: return JSONWriter.compact(value(plan))
        case .csv:
            var rows: [[String]] = []
            for change in plan.changes {
                if change.fields.isEmpty { rows.append([change.action.rawValue, change.kind, change.id, "", "", ""]) }
                for field in change.fields {
                    rows.append([
                        change.action.rawValue, change.kind, change.id, field.field, field.old ?? "", field.new ?? "",
                    ])
                }
            }
            return CSVWriter.render(header: ["action", "kind", "id", "field", "old", "new"], rows: rows)
        case .table: return text(plan)
        }
    }

    static func text(_ plan: Plan) -> String {
        var lines: [String] = []
        for change in plan.changes {
            lines.append("\(symbol(change.action)) \(change.kind) \(change.id)")
            guard change.action != .noop else { continue }
            for field in change.fields {
                lines.append("    \(field.field): \(field.old ?? "(none)") → \(field.new ?? "(none)")")
            }
        }
        let count = { (action: PlannedChange.Action) in plan.changes.filter { $0.action == action }.count }
        lines.append(
            "Plan: \(count(.create)) to create, \(count(.update)) to update, \(count(.delete)) to delete, "
                + "\(count(.noop)) unchanged.")
        return lines.joined(separator: "\n")
    }

    static func value(_ plan: Plan) -> OutputValue {
        .object([
            (
                "changes",
                .array(
                    plan.changes.map { change in
                        .object([
                            ("action", .string(change.action.rawValue)), ("kind", .string(change.kind)),
                            ("id", .string(change.id)),
                            (
                                "fields",
                                .array(
                                    change.fields.map { field in
                                        .object([
                                            ("field", .string(field.field)),
                                            ("old", field.old.map { .string($0) } ?? .null),
                                            ("new", field.new.map { .string($0) } ?? .null),
                                        ])
                                    })
                            ),
                        ])
                    })
            ),
            ("empty", .bool(plan.isEmpty)),
        ])
    }

    private static func symbol(_ action: PlannedChange.Action) -> String {
        switch action {
        case .create: return "+"
        case .update: return "~"
        case .delete: return "-"
        case .noop: return "="
        }
    }
}
