/// A key/value tag on an IAM role or policy. lakectl tags what it creates with `managed-by: lakectl`
/// so an operator can tell its resources from hand-made ones.
package struct IAMTag: Sendable, Equatable, Hashable {
    package var key: String
    package var value: String

    package init(key: String, value: String) {
        self.key = key
        self.value = value
    }

    /// `managed-by: lakectl`.
    package static let managedByLakectl = IAMTag(key: "managed-by", value: "lakectl")
}
