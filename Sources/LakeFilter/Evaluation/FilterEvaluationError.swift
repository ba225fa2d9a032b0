/// Data that does not fit the schema the filter was bound against.
package enum FilterEvaluationError: Error, Sendable, Equatable, CustomStringConvertible {
    case missingColumn(String, available: [String])
    case unexpectedValue(String, String)

    package var description: String {
        switch self {
        case .missingColumn(let name, let available):
            return "the data has no column '\(name)' (columns: \(available.joined(separator: ", "))); "
                + "check that every file has the table's schema"
        case .unexpectedValue(let name, let value):
            return "column '\(name)' holds \(value), which does not match its type in the schema"
        }
    }
}
