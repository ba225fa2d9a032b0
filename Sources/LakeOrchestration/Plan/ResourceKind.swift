/// One kind of AWS resource lakectl manages, split into the three steps a plan needs:
/// `read` the live state, `diff` it with the desired state (pure, unit tested without AWS), and
/// `apply` the planned change. Reading and comparing apart from writing is what lets a plan be shown
/// before anything changes, and lets "already exists" after a retried create be treated as found.
package protocol ResourceKind: Sendable {
    associatedtype Desired: Sendable
    associatedtype Live: Sendable
    /// What `apply` hands back: usually the resource's ARN and what was done.
    associatedtype Applied: Sendable

    /// The kind's name in plans ("iam role").
    static var kind: String { get }

    /// The live state, or nil when the resource does not exist.
    func read(_ desired: Desired) async throws -> Live?

    /// The change that would bring `live` to `desired`. Throws when the change must not be made at all
    /// (a resource lakectl does not own, a narrowing it was not asked for).
    static func diff(_ desired: Desired, _ live: Live?) throws -> PlannedChange

    /// Makes the planned change. A create answered "already exists" (a retried request whose first
    /// attempt reached AWS, or a concurrent run) reads the resource again and compares, as a re-run would.
    func apply(_ change: PlannedChange, desired: Desired, live: Live?) async throws -> Applied
}

extension ResourceKind {
    /// Read, then diff: this resource's entry in a plan, with the live state `apply` needs.
    package func plan(_ desired: Desired) async throws -> (change: PlannedChange, live: Live?) {
        let live = try await read(desired)
        return (try Self.diff(desired, live), live)
    }

    /// Read, diff and apply in one go, for callers that do not show the plan first.
    package func ensure(_ desired: Desired) async throws -> Applied {
        let (change, live) = try await plan(desired)
        return try await apply(change, desired: desired, live: live)
    }
}
