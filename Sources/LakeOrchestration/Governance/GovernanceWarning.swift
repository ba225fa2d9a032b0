/// A finding of `lakectl lf check`: one of the two classic reasons "my filter does nothing" (AWS-NOTES B1).
package struct GovernanceWarning: Sendable, Equatable, Comparable {
    package enum Kind: String, Sendable, Equatable, Comparable {
        /// IAM_ALLOWED_PRINCIPALS holds permissions: Lake Formation's grants and filters are not enforced there.
        case iamAllowedPrincipals = "iam-allowed-principals"
        /// The table's S3 location is not registered: it is governed by IAM alone.
        case unregisteredLocation = "unregistered-location"

        package static func < (a: Kind, b: Kind) -> Bool { a.rawValue < b.rawValue }
    }

    package var kind: Kind
    package var resource: String
    package var message: String

    package init(kind: Kind, resource: String, message: String) {
        self.kind = kind
        self.resource = resource
        self.message = message
    }

    package static func < (a: GovernanceWarning, b: GovernanceWarning) -> Bool {
        (a.kind, a.resource) < (b.kind, b.resource)
    }
}
