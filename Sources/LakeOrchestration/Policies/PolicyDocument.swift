/// An IAM (or KMS key) policy document as a value: parsed from JSON where any list may also be a
/// single string, rendered as canonical JSON, and compared semantically.
///
/// Equality is semantic because "re-running changes nothing" depends on it: IAM hands documents back
/// reformatted, and a human may reorder statements or write `"Action": "s3:GetObject"` where lakectl
/// writes a one-element list. Two documents are equal when they grant the same thing as written:
/// statement order, action order, string-vs-list, and the case of action names do not matter
/// (IAM action names are case-insensitive; ARNs and condition values are not, and are compared exactly).
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html
package struct PolicyDocument: Sendable {
    /// "2012-10-17" for everything lakectl writes; nil when the document omits it.
    package var version: String?
    package var id: String?
    package var statements: [PolicyStatement]

    package static let currentVersion = "2012-10-17"

    package init(version: String? = PolicyDocument.currentVersion, id: String? = nil, statements: [PolicyStatement]) {
        self.version = version
        self.id = id
        self.statements = statements
    }
}

extension PolicyDocument: Equatable {
    package static func == (a: PolicyDocument, b: PolicyDocument) -> Bool {
        a.version == b.version && a.id == b.id
            && a.statements.map(\.semanticKey).sorted() == b.statements.map(\.semanticKey).sorted()
    }
}

extension PolicyDocument {
    /// The first statement with this Sid.
    package func statement(sid: String) -> PolicyStatement? {
        statements.first { $0.sid == sid }
    }
}
