import Foundation

/// `--since 7d`: how far back `query history` and `usage` look, as a count of minutes, hours, days or weeks.
package struct LookbackWindow: Sendable, Equatable, CustomStringConvertible {
    package var seconds: TimeInterval
    package var text: String

    /// "30m", "12h", "7d", "2w"; anything else is an error that says what is accepted.
    package static func parse(_ text: String) throws -> LookbackWindow {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let units: [Character: TimeInterval] = ["m": 60, "h": 3600, "d": 86_400, "w": 604_800]
        guard let unit = trimmed.last, let scale = units[unit], let count = Int(trimmed.dropLast()), count > 0,
            count <= 100_000
        else {
            throw QueryHistoryError.badWindow(text)
        }
        return LookbackWindow(seconds: Double(count) * scale, text: trimmed)
    }

    package var description: String { text }
}

/// Refusals of `query history` and `usage` that are decisions, not AWS errors.
package enum QueryHistoryError: Error, Sendable, Equatable, CustomStringConvertible {
    case badWindow(String)

    package var description: String {
        switch self {
        case .badWindow(let text):
            return "--since \(text) is not a time span: use a whole number with m, h, d or w (30m, 12h, 7d, 2w)"
        }
    }
}
