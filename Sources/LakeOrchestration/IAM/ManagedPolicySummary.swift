import AWSServices
import Foundation

/// A customer managed policy as `iam policy list|show` shows it.
package struct ManagedPolicySummary: Sendable, Equatable {
    package var name: String
    package var arn: String
    package var defaultVersion: String
    package var attachments: Int
    package var updated: Date?

    init(_ policy: ManagedPolicy) {
        name = policy.policyName
        arn = policy.arn
        defaultVersion = policy.defaultVersionId
        attachments = policy.attachmentCount
        updated = policy.updateDate
    }
}
