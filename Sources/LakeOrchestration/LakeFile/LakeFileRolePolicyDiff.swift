/// A generated role's policy (crawlers, jobs and streams with `role: auto`) against its live default version, pure:
/// the plan line names the role and, per statement (by Sid), only the actions and resources added or removed, so a
/// reviewer sees what access changes rather than two whole documents. Documents are compared semantically
/// (`PolicyDocument ==`: order and IAM's reformatting are no change).
enum LakeFileRolePolicyDiff {
    static let kind = "iam role"

    /// nil when the live policy means the same; `live` nil: the policy is missing (every statement is added).
    static func change(role: String, desired: PolicyDocument, live: PolicyDocument?) -> PlannedChange? {
        let live = live ?? PolicyDocument(statements: [])
        if live == desired { return nil }
        func label(_ statement: PolicyStatement, _ index: Int) -> String { statement.sid ?? "#\(index + 1)" }
        func summary(_ statement: PolicyStatement) -> String {
            "\((statement.action ?? []).sorted().joined(separator: ",")) on "
                + (statement.resource ?? []).sorted().joined(separator: ",")
        }
        let wanted = Dictionary(desired.statements.enumerated().map { (label($1, $0), $1) }) { a, _ in a }
        let held = Dictionary(live.statements.enumerated().map { (label($1, $0), $1) }) { a, _ in a }
        var fields: [FieldChange] = []
        for sid in Set(wanted.keys).union(held.keys).sorted() {
            switch (held[sid], wanted[sid]) {
            case (nil, let new?):
                fields.append(FieldChange("statement \(sid)", old: nil, new: summary(new)))
            case (let old?, nil):
                fields.append(FieldChange("statement \(sid)", old: summary(old), new: nil))
            case (let old?, let new?) where old != new:
                let pairs = [
                    ("actions", Set(old.action ?? []), Set(new.action ?? [])),
                    ("resources", Set(old.resource ?? []), Set(new.resource ?? [])),
                ]
                var named = false
                for (name, before, after) in pairs where before != after {
                    let removed = before.subtracting(after).sorted().joined(separator: ",")
                    let added = after.subtracting(before).sorted().joined(separator: ",")
                    fields.append(
                        FieldChange(
                            "statement \(sid) \(name) (removed → added)", old: removed.isEmpty ? nil : removed,
                            new: added.isEmpty ? nil : added))
                    named = true
                }
                if !named {  // the effect, a condition or a Not… element: the statement whole
                    fields.append(
                        FieldChange(
                            "statement \(sid)", old: PolicyDocument(statements: [old]).canonicalJSON(pretty: false),
                            new: PolicyDocument(statements: [new]).canonicalJSON(pretty: false)))
                }
            default:
                continue
            }
        }
        return PlannedChange(action: .update, kind: kind, id: role, fields: fields)
    }
}
