import AWSCore
import AWSServices

/// `lakectl grant`, `revoke`, `grants`, `filter …` and `lf check`: Lake Formation grants and data cells
/// filters, checked against the Glue catalog before anything is sent, compared in normal form
/// (`GrantNormalizer`) so that re-running a grant reports `unchanged` instead of granting again.
package struct LakeGovernance: Sendable {
    let lf: LakeFormationClient
    let glue: GlueClient
    let sts: STSClient

    package init(client: AWSClient) {
        lf = LakeFormationClient(client: client)
        glue = GlueClient(client: client)
        sts = STSClient(client: client)
    }

    package init(session: LakeSession) {
        self.init(client: session.client)
    }

    /// The catalog id data cells filters name: the caller's account.
    func catalogId() async throws -> String {
        try await sts.getCallerIdentity().account
    }

    func lfResource(_ target: GrantTarget) -> LFResource {
        switch target {
        case .database(let name): return LFResource(database: .init(name: name))
        case .table(let database, let name): return LFResource(table: .init(databaseName: database, name: name))
        case .tags(let type, let expression):
            return LFResource(
                lfTagPolicy: LFTagPolicy(
                    resourceType: type,
                    expression: expression.map { LFTagPair(tagKey: $0.key, tagValues: $0.values) }))
        }
    }

    func grantedResource(_ target: GrantTarget) -> GrantedResource {
        switch target {
        case .database(let name): return .database(name)
        case .table(let database, let name): return .table(database: database, name: name)
        case .tags(let type, let expression):
            return .tagPolicy(resourceType: type, expression: expression.map(\.description).joined(separator: ";"))
        }
    }

    /// Every page of ListPermissions for these arguments, normalised.
    func normalGrants(principal: String? = nil, resource: LFResource? = nil) async throws -> [NormalGrant] {
        let pages = try await lf.listPermissionsPages(principal: principal.map(LFPrincipal.init), resource: resource)
            .collect()
        return GrantNormalizer.normalise(pages.flatMap(\.items))
    }
}
