import LakeOrchestration

/// A lake-file plan for people: warnings first, then the changes (`+`, `~` with the fields that differ, `-`;
/// unchanged resources are counted, not listed) and the summary line. JSON carries the same as one value.
enum LakeFilePlanText {
    static func render(_ plan: LakeFilePlan, as format: PlanOutputFormat) -> String {
        switch format {
        case .json:
            var value = PlanRenderer.value(plan.plan)
            if case .object(var fields) = value {
                fields.insert(("file", .string(plan.file)), at: 0)
                fields.append(("warnings", .array(plan.warnings.map { .string($0) })))
                value = .object(fields)
            }
            return JSONWriter.pretty(value)
        case .text:
            var lines = plan.warnings.map { "warning: \($0)" }
            let shown = Plan(plan.plan.pending)
            var text = PlanRenderer.text(shown).split(separator: "\n", omittingEmptySubsequences: false).map(
                String.init)
            text.removeLast()
            lines += text
            let count = { (action: PlannedChange.Action) in plan.plan.changes.filter { $0.action == action }.count }
            if plan.plan.isEmpty { lines.append("No changes: the live state matches \(plan.file).") }
            lines.append(
                "Plan: \(count(.create)) to create, \(count(.update)) to update, \(count(.delete)) to delete, "
                    + "\(count(.noop)) unchanged.")
            return lines.joined(separator: "\n")
        }
    }
}
