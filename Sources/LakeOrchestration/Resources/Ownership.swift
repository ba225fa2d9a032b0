/// The mark lakectl puts on what it creates (an IAM tag, a Glue parameter): what it may later update
/// without being asked. Anything without it belongs to someone else and is changed only on `--adopt`.
package enum Ownership {
    package static let key = "managed-by"
    package static let value = "lakectl"

    /// True when these parameters (or tags as a map) carry lakectl's mark.
    package static func isOwned(_ parameters: [String: String]?) -> Bool {
        parameters?[key] == value
    }
}
