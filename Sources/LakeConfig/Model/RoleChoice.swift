/// `role:` on crawlers, jobs and streams: `auto` generates a least-privilege role for exactly what the
/// resource touches; otherwise the ARN of an existing role.
package enum RoleChoice: Sendable, Equatable {
    case auto
    case arn(String)
}
