import Foundation

/// Times in output: ISO 8601 in UTC to the second ("2026-11-24T10:25:00Z"), the form AWS's own APIs and the
/// AWS CLI print, so scripts can compare them as text.
enum OutputTime {
    static func value(_ date: Date?) -> OutputValue {
        guard let date else { return .null }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return .string(formatter.string(from: date))
    }
}
