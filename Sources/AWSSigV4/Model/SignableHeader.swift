/// One header line as it will be sent. Kept as an ordered list element rather than a dictionary entry
/// because SigV4 signs repeated headers as one comma-joined line in request order
/// (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html,
/// "CanonicalHeaders"; the suite's get-header-key-duplicate and get-header-value-order cases).
package struct SignableHeader: Sendable, Equatable {
    /// As sent; case does not matter for signing (names are lowercased in the canonical form).
    package var name: String
    /// As sent, untrimmed. May hold obsolete line folding (`"value1\n  value2"`), which the
    /// canonical form unfolds (see `FoldedHeaderValues`).
    package var value: String

    package init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}
