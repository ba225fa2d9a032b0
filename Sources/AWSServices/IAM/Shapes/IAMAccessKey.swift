/// A user's access key as CreateAccessKey returns it. `description` leaves the secret out, so the value
/// can be logged or shown in a failed test without leaking it.
package struct IAMAccessKey: Sendable, Equatable, CustomStringConvertible {
    package var userName: String
    package var accessKeyId: String
    package var secretAccessKey: String

    package init(userName: String, accessKeyId: String, secretAccessKey: String) {
        self.userName = userName
        self.accessKeyId = accessKeyId
        self.secretAccessKey = secretAccessKey
    }

    package var description: String { "access key \(accessKeyId) of \(userName)" }
}
