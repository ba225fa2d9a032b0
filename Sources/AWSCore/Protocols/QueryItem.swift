/// One `name=value` pair of a query-protocol request, before encoding.
package struct QueryItem: Sendable, Equatable {
    package var name: String
    package var value: String

    package init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}
