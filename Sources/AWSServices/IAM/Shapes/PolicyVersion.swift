import Foundation

/// One version of a managed policy. `document` is the policy JSON, already URL-decoded (IAM sends it
/// URL-encoded); it is nil in ListPolicyVersions replies, which carry no documents.
package struct PolicyVersion: Sendable, Equatable {
    package var versionId: String
    package var isDefaultVersion: Bool
    package var createDate: Date?
    package var document: String?

    package init(versionId: String, isDefaultVersion: Bool, createDate: Date? = nil, document: String? = nil) {
        self.versionId = versionId
        self.isDefaultVersion = isDefaultVersion
        self.createDate = createDate
        self.document = document
    }

    /// The number in "v7", for ordering versions created in the same second.
    package var number: Int {
        Int(versionId.drop { !$0.isNumber }) ?? 0
    }
}
