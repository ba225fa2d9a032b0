import AWSServices

/// One principal's one permission on one resource, normalised (`GrantNormalizer`). Equality leaves out
/// `source`: two listings that differ only in how Lake Formation spelled the resource are the same grant.
package struct NormalGrant: Sendable, Hashable, Comparable {
    package var principal: String
    package var resource: GrantedResource
    package var permission: String
    package var grantable: Bool
    /// The resource as Lake Formation listed it, so a revoke names it the way it is stored.
    package var source: LFResource?

    package init(
        principal: String, resource: GrantedResource, permission: String, grantable: Bool, source: LFResource? = nil
    ) {
        self.principal = principal
        self.resource = resource
        self.permission = permission
        self.grantable = grantable
        self.source = source
    }

    package static func == (a: NormalGrant, b: NormalGrant) -> Bool {
        a.principal == b.principal && a.resource == b.resource && a.permission == b.permission
            && a.grantable == b.grantable
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(principal)
        hasher.combine(resource)
        hasher.combine(permission)
        hasher.combine(grantable)
    }

    package static func < (a: NormalGrant, b: NormalGrant) -> Bool {
        if a.principal != b.principal { return a.principal < b.principal }
        if a.resource != b.resource { return a.resource < b.resource }
        if a.permission != b.permission { return a.permission < b.permission }
        return !a.grantable && b.grantable
    }

    /// Whether holding `self` means holding `other`: same principal and resource, the same permission or
    /// ALL (which implies every other permission on its resource), and the grant option if `other` has it.
    package func covers(_ other: NormalGrant) -> Bool {
        principal == other.principal && resource == other.resource
            && (permission == other.permission || permission == "ALL") && (grantable || !other.grantable)
    }
}
