/// A Lake Formation principal: an IAM role or user ARN, `IAM_ALLOWED_PRINCIPALS`, or a SAML/Identity Center id.
package struct LFPrincipal: Codable, Sendable, Hashable {
    /// The pseudo-principal that stands for "whatever IAM allows"; while it holds a grant on a resource, Lake
    /// Formation does not enforce the fine-grained grants on it (AWS-NOTES B1, enforcement prerequisites).
    package static let iamAllowedPrincipals = LFPrincipal("IAM_ALLOWED_PRINCIPALS")

    package var identifier: String

    package init(_ identifier: String) {
        self.identifier = identifier
    }

    enum CodingKeys: String, CodingKey {
        case identifier = "DataLakePrincipalIdentifier"
    }
}
