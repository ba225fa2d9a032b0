/// A local SQL query that cannot run: where (1-based character position in the query text; 0 when the
/// problem is a value met while running, not a place in the text) and why. Anything outside the dialect
/// is one of these, never a silently different answer.
package struct SQLError: Error, Sendable, Equatable, CustomStringConvertible {
    package var position: Int
    package var reason: String

    package init(position: Int, reason: String) {
        self.position = position
        self.reason = reason
    }

    /// An error met while evaluating rows (overflow, division by zero, a bad cast).
    package static func runtime(_ reason: String) -> SQLError { SQLError(position: 0, reason: reason) }

    package var description: String {
        position > 0 ? "SQL error at position \(position): \(reason)" : "SQL error: \(reason)"
    }
}
