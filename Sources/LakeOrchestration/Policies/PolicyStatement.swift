/// One statement of a policy. Lists that IAM accepts as a string or an array are held as arrays; an
/// absent element is nil (distinct from an empty list, which IAM rejects anyway).
package struct PolicyStatement: Sendable {
    package enum Effect: String, Sendable {
        case allow = "Allow"
        case deny = "Deny"
    }

    package var sid: String?
    package var effect: Effect
    package var principal: PolicyPrincipal?
    package var notPrincipal: PolicyPrincipal?
    package var action: [String]?
    package var notAction: [String]?
    package var resource: [String]?
    package var notResource: [String]?
    /// Operator (`StringEquals`) → condition key (`aws:SourceArn`) → values. Booleans and numbers in the
    /// source are kept as their JSON text ("true", "42"), which IAM treats the same as the string form.
    package var condition: [String: [String: [String]]]?

    package init(
        sid: String? = nil, effect: Effect = .allow, principal: PolicyPrincipal? = nil,
        notPrincipal: PolicyPrincipal? = nil, action: [String]? = nil, notAction: [String]? = nil,
        resource: [String]? = nil, notResource: [String]? = nil, condition: [String: [String: [String]]]? = nil
    ) {
        self.sid = sid
        self.effect = effect
        self.principal = principal
        self.notPrincipal = notPrincipal
        self.action = action
        self.notAction = notAction
        self.resource = resource
        self.notResource = notResource
        self.condition = condition
    }

    /// A text that two statements share exactly when they are semantically equal: lists as sorted
    /// sets, action names lower-cased, condition keys lower-cased (IAM matches keys case-insensitively).
    var semanticKey: String {
        func set(_ list: [String]?, lowercased: Bool = false) -> String {
            guard let list else { return "-" }
            return Set(list.map { lowercased ? $0.lowercased() : $0 }).sorted().joined(separator: "\u{1}")
        }
        var conditionText = "-"
        if let condition {
            conditionText = condition.keys.sorted().map { op in
                let keys = condition[op] ?? [:]
                var byKey: [String: Set<String>] = [:]
                for (key, values) in keys { byKey[key.lowercased(), default: []].formUnion(values) }
                return op + "{"
                    + byKey.keys.sorted().map { "\($0)=\((byKey[$0] ?? []).sorted().joined(separator: "\u{1}"))" }
                    .joined(separator: "\u{2}") + "}"
            }.joined(separator: "\u{3}")
        }
        return [
            sid ?? "-", effect.rawValue, principal?.semanticKey ?? "-", notPrincipal?.semanticKey ?? "-",
            set(action, lowercased: true), set(notAction, lowercased: true), set(resource), set(notResource),
            conditionText,
        ].joined(separator: "\u{4}")
    }
}

extension PolicyStatement: Equatable {
    package static func == (a: PolicyStatement, b: PolicyStatement) -> Bool {
        a.semanticKey == b.semanticKey
    }
}
