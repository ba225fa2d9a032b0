/// Why a reply could not be read as XML, with the byte offset where reading stopped so a saved reply can be
/// inspected at that point.
package struct XMLReaderError: Error, Sendable, Equatable, CustomStringConvertible {
    package var offset: Int
    package var reason: String

    package init(offset: Int, reason: String) {
        self.offset = offset
        self.reason = reason
    }

    package var description: String { "malformed XML at byte \(offset): \(reason)" }
}
