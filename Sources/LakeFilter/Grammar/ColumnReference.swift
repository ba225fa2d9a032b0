/// A column named in a filter: one part for a top-level column, more for a struct field (`address.city`).
/// `position` is where it was written, kept for error messages; it is not part of what the filter means,
/// so equality ignores it (a reprinted filter has other positions but the same tree).
package struct ColumnReference: Sendable, CustomStringConvertible {
    package var path: [String]
    package var position: Int

    package init(_ path: [String], position: Int = 0) {
        self.path = path
        self.position = position
    }

    /// Dotted form as written in messages (`address.city`).
    package var description: String { path.joined(separator: ".") }
}

extension ColumnReference: Equatable {
    package static func == (a: ColumnReference, b: ColumnReference) -> Bool { a.path == b.path }
}
