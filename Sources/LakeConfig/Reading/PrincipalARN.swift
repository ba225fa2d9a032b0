import Foundation

/// IAM principal ARNs as Lake Formation grants take them: roles, users and the account root, with the
/// account either 12 digits or `${account}` (substituted at plan time).
enum PrincipalARN {
    static let pattern =
        #"^arn:aws(-cn|-us-gov)?:iam::([0-9]{12}|\$\{account\}):(role/([\w+=,.@-]+/)*[\w+=,.@-]{1,64}|user/([\w+=,.@-]+/)*[\w+=,.@-]{1,64}|root)$"#

    static func isValid(_ text: String) -> Bool { text.range(of: pattern, options: .regularExpression) != nil }

    static func isRole(_ text: String) -> Bool { isValid(text) && text.contains(":role/") }
}
