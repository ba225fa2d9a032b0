/// Trust policies: who may assume a role. A service role trusts exactly one service principal.
package enum TrustPolicy {
    /// `{"Effect":"Allow","Principal":{"Service": name},"Action":"sts:AssumeRole"}`.
    package static func service(_ name: String) -> PolicyDocument {
        services([name])
    }

    package static func services(_ names: [String]) -> PolicyDocument {
        PolicyDocument(statements: [
            PolicyStatement(effect: .allow, principal: .entities(["Service": names]), action: ["sts:AssumeRole"])
        ])
    }
}
