import Foundation

/// `--since 7d`: how far back `query history` and `usage` look, as a count of minutes, hours, days or weeks.
package struct LookbackWindow: Sendable, Equatable, CustomStringConvertible {
    package var seconds: TimeInterval
    package var text: String

    /// "30m", "12h", "7d", "2w" (`DurationText`; a unit is required); anything else is an error that says what
    /// is accepted.
    package static func parse(_ text: String) throws -> LookbackWindow {
        guard let seconds = DurationText.seconds(text) else { throw QueryHistoryError.badWindow(text) }
        return LookbackWindow(seconds: Double(seconds), text: text.trimmingCharacters(in: .whitespaces))
    }

    package var description: String { text }
}

/// Refusals of `query history` and `usage` that are decisions, not AWS errors.
package enum QueryHistoryError: Error, Sendable, Equatable, CustomStringConvertible {
    case badWindow(String)

    package var description: String {
        switch self {
        case .badWindow(let text):
            return "--since \(text) is not a time span: use a whole number with s, m, h, d or w (30m, 12h, 7d, 2w)"
        }
    }
}
