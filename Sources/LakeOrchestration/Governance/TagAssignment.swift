/// One LF-tag assigned to a database, a table or one of its columns, for `lakectl tag show`.
package struct TagAssignment: Sendable, Hashable, Comparable {
    /// `D`, `D.T` or `D.T.column`.
    package var resource: String
    package var key: String
    package var value: String

    package init(resource: String, key: String, value: String) {
        self.resource = resource
        self.key = key
        self.value = value
    }

    package static func < (a: TagAssignment, b: TagAssignment) -> Bool {
        (a.resource, a.key, a.value) < (b.resource, b.key, b.value)
    }
}
