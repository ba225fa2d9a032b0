/// One grant as ListPermissions answers it and as Grant/Revoke and the batch entries take it
/// (API_PrincipalResourcePermissions, API_BatchPermissionsRequestEntry).
package struct LFPrincipalPermissions: Codable, Sendable, Hashable {
    package var principal: LFPrincipal
    package var resource: LFResource
    package var permissions: [String]
    package var permissionsWithGrantOption: [String]

    package init(
        principal: LFPrincipal, resource: LFResource, permissions: [String], permissionsWithGrantOption: [String] = []
    ) {
        self.principal = principal
        self.resource = resource
        self.permissions = permissions
        self.permissionsWithGrantOption = permissionsWithGrantOption
    }

    enum CodingKeys: String, CodingKey {
        case principal = "Principal", resource = "Resource", permissions = "Permissions"
        case permissionsWithGrantOption = "PermissionsWithGrantOption"
    }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        principal = try c.decode(LFPrincipal.self, forKey: .principal)
        resource = try c.decode(LFResource.self, forKey: .resource)
        permissions = try c.decodeIfPresent([String].self, forKey: .permissions) ?? []
        permissionsWithGrantOption = try c.decodeIfPresent([String].self, forKey: .permissionsWithGrantOption) ?? []
    }
}
