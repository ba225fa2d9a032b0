/// Why a policy document could not be read. `path` names the element ("Statement[2].Effect") so the
/// message points at the mistake.
package enum PolicyDocumentError: Error, Sendable, Equatable, CustomStringConvertible {
    case invalidJSON(reason: String)
    case invalidElement(path: String, reason: String)

    package var description: String {
        switch self {
        case .invalidJSON(let reason):
            return "the policy is not valid JSON: \(reason)"
        case .invalidElement(let path, let reason):
            return "the policy element \(path) is invalid: \(reason)"
        }
    }
}
