/// The colon-separated fields of an ARN (`arn:partition:service:region:account:resource`), so a
/// snapshot's region or account can be read without a call. The resource part may itself hold colons.
package struct ARNParts: Sendable, Equatable {
    package var partition: String
    package var service: String
    package var region: String
    package var account: String
    package var resource: String

    /// nil when the text is not an ARN (fewer than six fields, or not starting with `arn`).
    package init?(_ text: String) {
        let fields = text.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        guard fields.count == 6, fields[0] == "arn" else { return nil }
        partition = String(fields[1])
        service = String(fields[2])
        region = String(fields[3])
        account = String(fields[4])
        resource = String(fields[5])
    }
}
