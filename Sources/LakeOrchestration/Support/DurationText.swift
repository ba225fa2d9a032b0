/// Durations as people type them on the command line: a whole number with `s`, `m`, `h`, `d` or `w`
/// ("300s", "5m", "12h", "7d", "2w"). One parser for `--since` and `--buffer-interval`, so both read the same.
package enum DurationText {
    static let units: [Character: Int] = ["s": 1, "m": 60, "h": 3_600, "d": 86_400, "w": 604_800]

    /// Seconds, or nil when `text` is not such a duration. `bareUnit` is the unit of a number without one
    /// (nil: a unit is required). Zero and negative counts are refused, and so are counts past 100,000.
    package static func seconds(_ text: String, bareUnit: Character? = nil) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard let last = trimmed.last else { return nil }
        let (digits, unit): (Substring, Character?) =
            units[last] != nil ? (trimmed.dropLast(), last) : (trimmed[...], bareUnit)
        guard let unit, let scale = units[unit], let count = Int(digits), count > 0, count <= 100_000 else {
            return nil
        }
        return count * scale
    }
}
