/// A result column: its name and Athena type (`decimal` with precision and scale).
package struct QueryColumn: Sendable, Equatable {
    package var name: String
    package var type: String
    package var precision: Int?
    package var scale: Int?

    package init(name: String, type: String, precision: Int? = nil, scale: Int? = nil) {
        self.name = name
        self.type = type
        self.precision = precision
        self.scale = scale
    }

    /// `decimal(10,2)` for decimals, the bare type name otherwise.
    package var typeDescription: String {
        if type == "decimal", let precision, let scale { return "decimal(\(precision),\(scale))" }
        return type
    }
}
