/// A retry setting that no SDK would accept, with where it came from.
package enum RetryConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    case invalidMode(source: String, value: String)
    case invalidMaxAttempts(source: String, value: String)

    package var description: String {
        switch self {
        case .invalidMode(let source, let value):
            return
                "\(source)=\(value) is not a retry mode; use \(RetryMode.allCases.map(\.rawValue).joined(separator: ", "))"
        case .invalidMaxAttempts(let source, let value):
            return
                "\(source)=\(value) is not a valid attempt count; use a whole number from 1 to \(RetryConfiguration.maxAllowedAttempts)"
        }
    }
}
