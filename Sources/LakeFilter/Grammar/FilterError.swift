/// A row filter that cannot be used: where (1-based character position in the filter text) and why.
/// One error type for lexing, parsing and binding, so every message reads the same way.
package struct FilterError: Error, Sendable, Equatable, CustomStringConvertible {
    package var position: Int
    package var reason: String

    package init(position: Int, reason: String) {
        self.position = position
        self.reason = reason
    }

    package var description: String { "row filter error at position \(position): \(reason)" }
}
