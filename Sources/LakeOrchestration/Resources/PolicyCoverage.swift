/// What one policy allows that another does not, as "action on resource" pairs: how a narrowing
/// change is recognised before it is made. Wildcards in the new policy cover the old pairs they match;
/// conditions are not compared (a statement with a condition covers nothing, so the check errs towards
/// calling a change narrowing), and patterns match case-insensitively, as IAM does for actions.
package enum PolicyCoverage {
    package static func removed(from old: PolicyDocument, by new: PolicyDocument) -> [String] {
        let allows = new.statements.filter { $0.effect == .allow && $0.condition == nil && $0.notAction == nil }
        var removed: [String] = []
        for statement in old.statements where statement.effect == .allow && statement.notAction == nil {
            for action in statement.action ?? [] {
                for resource in statement.resource ?? ["*"] {
                    let covered = allows.contains { candidate in
                        (candidate.action ?? []).contains { ActionPattern.matches(pattern: $0, action: action) }
                            && (candidate.resource ?? ["*"]).contains { pattern in
                                pattern == "*" || pattern == resource
                                    || ActionPattern.matches(pattern: pattern, action: resource)
                            }
                    }
                    if !covered { removed.append("\(action) on \(resource)") }
                }
            }
        }
        return removed
    }
}
