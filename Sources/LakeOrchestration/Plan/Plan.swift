/// What applying a desired state would change, in the order it would be applied: a value shown before
/// anything is written (`ingest snapshot --plan`), rendered by the CLI as text or JSON, and checked in
/// tests ("a fresh plan after apply is empty").
package struct Plan: Sendable, Equatable, Codable {
    package var changes: [PlannedChange]

    package init(_ changes: [PlannedChange] = []) {
        self.changes = changes
    }

    /// True when nothing would be written: every entry is `noop`.
    package var isEmpty: Bool { changes.allSatisfy { $0.action == .noop } }

    /// The entries that would write something.
    package var pending: [PlannedChange] { changes.filter { $0.action != .noop } }

    package mutating func append(_ change: PlannedChange) {
        changes.append(change)
    }
}
