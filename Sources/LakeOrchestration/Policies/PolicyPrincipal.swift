/// Who a resource or trust policy statement applies to: everyone (`"*"`), or principals by kind —
/// `{"Service": "export.rds.amazonaws.com"}`, `{"AWS": ["arn:aws:iam::123456789012:role/x"]}`.
package enum PolicyPrincipal: Sendable {
    case anyone
    /// Kind ("AWS", "Service", "Federated", "CanonicalUser") → identifiers.
    case entities([String: [String]])

    package static func service(_ name: String) -> PolicyPrincipal { .entities(["Service": [name]]) }
    package static func aws(_ arns: String...) -> PolicyPrincipal { .entities(["AWS": arns]) }

    /// The identifiers of one kind (empty for `anyone`).
    package func identifiers(_ kind: String) -> [String] {
        guard case .entities(let map) = self else { return [] }
        return map[kind] ?? []
    }

    /// `"*"` means the same as `{"AWS": "*"}` (IAM user guide, "AWS JSON policy elements: Principal").
    var semanticKey: String {
        switch self {
        case .anyone:
            return "AWS=*"
        case .entities(let map):
            var merged: [String: Set<String>] = [:]
            for (kind, values) in map { merged[kind, default: []].formUnion(values) }
            return merged.keys.sorted().map { "\($0)=\((merged[$0] ?? []).sorted().joined(separator: ","))" }
                .joined(separator: ";")
        }
    }
}

extension PolicyPrincipal: Equatable {
    package static func == (a: PolicyPrincipal, b: PolicyPrincipal) -> Bool {
        a.semanticKey == b.semanticKey
    }
}
