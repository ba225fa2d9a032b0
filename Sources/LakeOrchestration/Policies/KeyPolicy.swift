/// Key policy edits. A KMS key policy is the primary control on a key: a role whose IAM policy allows
/// kms:Encrypt still cannot use a key whose policy does not let it (or does not delegate to IAM), so
/// lakectl adds the role to the key policy itself, idempotently.
package enum KeyPolicy {
    /// What RDS snapshot export needs on its key (AWS-NOTES B3: boto3's start_export_task docs).
    package static let exportActions = [
        "kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey",
        "kms:CreateGrant", "kms:RetireGrant",
    ]

    /// The Sid lakectl gives the statement for a role, so a re-run finds and replaces its own statement
    /// (for example after the role was recreated) instead of adding another.
    package static func sid(forRole roleArn: String) -> String {
        let name = roleArn.split(separator: "/").last.map(String.init) ?? roleArn
        return "lakectl-export-" + name
    }

    /// The statement allowing `roleArn` the export actions on this key (`Resource: "*"` in a key policy
    /// means "this key").
    package static func grantStatement(roleArn: String, actions: [String] = exportActions) -> PolicyStatement {
        PolicyStatement(
            sid: sid(forRole: roleArn), effect: .allow, principal: .entities(["AWS": [roleArn]]), action: actions,
            resource: ["*"])
    }

    /// True when some unconditional Allow statement already gives `roleArn` every one of `actions` on
    /// the key (directly or through wildcards such as `kms:*`), and no Deny statement names the role.
    package static func grants(_ policy: PolicyDocument, roleArn: String, actions: [String] = exportActions) -> Bool {
        let denied = policy.statements.contains {
            $0.effect == .deny && $0.principal?.identifiers("AWS").contains(roleArn) == true
        }
        guard !denied else { return false }
        let covered = policy.statements.filter { statement in
            statement.effect == .allow && statement.condition == nil && statement.notAction == nil
                && statement.principal?.identifiers("AWS").contains(roleArn) == true
                && (statement.resource ?? []).contains("*")
        }
        return actions.allSatisfy { needed in
            covered.contains { ($0.action ?? []).contains { ActionPattern.matches(pattern: $0, action: needed) } }
        }
    }

    /// The policy with the role's statement added (replacing an older lakectl statement with the same
    /// Sid), and whether anything changed. An already sufficient policy is returned unchanged.
    package static func granting(_ policy: PolicyDocument, roleArn: String, actions: [String] = exportActions)
        -> (policy: PolicyDocument, changed: Bool)
    {
        if grants(policy, roleArn: roleArn, actions: actions) { return (policy, false) }
        var updated = policy
        let statement = grantStatement(roleArn: roleArn, actions: actions)
        updated.statements.removeAll { $0.sid == statement.sid }
        updated.statements.append(statement)
        if updated.version == nil { updated.version = PolicyDocument.currentVersion }
        return (updated, true)
    }
}

/// IAM action matching: case-insensitive, `*` any run of characters, `?` one character.
package enum ActionPattern {
    package static func matches(pattern: String, action: String) -> Bool {
        let p = Array(pattern.lowercased())
        let a = Array(action.lowercased())
        var pi = 0
        var ai = 0
        // The last `*` seen in the pattern, and where in the action its match started.
        var star = -1
        var mark = 0
        while ai < a.count {
            if pi < p.count, p[pi] == "?" || p[pi] == a[ai] {
                pi += 1
                ai += 1
            } else if pi < p.count, p[pi] == "*" {
                star = pi
                mark = ai
                pi += 1
            } else if star >= 0 {
                pi = star + 1
                mark += 1
                ai = mark
            } else {
                return false
            }
        }
        while pi < p.count, p[pi] == "*" { pi += 1 }
        return pi == p.count
    }
}
