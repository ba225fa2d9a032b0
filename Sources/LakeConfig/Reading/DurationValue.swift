import Foundation

/// Durations as LAKEFILE.md writes them: `300s`, `5m`, `1h` (and `d`); a bare number is seconds.
package enum DurationValue {
    static let units: [Character: Int] = ["s": 1, "m": 60, "h": 3_600, "d": 86_400]

    /// Seconds, or nil when `text` is not a positive duration of at most a year.
    package static func seconds(_ text: String) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard let last = trimmed.last else { return nil }
        let (digits, scale): (Substring, Int) =
            units[last].map { (trimmed.dropLast(), $0) } ?? (trimmed[...], 1)
        guard let count = Int(digits), count > 0, count <= 366 * 86_400 / scale else { return nil }
        return count * scale
    }
}
