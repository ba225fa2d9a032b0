/// What `stream create` did: the role it used (and whether it made it), the stream's ARN and change.
package struct StreamCreateResult: Sendable, Equatable {
    package var roleArn: String
    /// nil when `--role` named an existing role (nothing ensured).
    package var role: Ensured?
    package var policy: Ensured?
    package var stream: Ensured
    package var status: String

    package var isUnchanged: Bool {
        stream.change == .unchanged && [role, policy].allSatisfy { $0 == nil || $0?.change == .unchanged }
    }
}
