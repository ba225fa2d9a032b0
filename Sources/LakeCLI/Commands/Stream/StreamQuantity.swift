import ArgumentParser
import LakeOrchestration

/// Parses `--buffer-size 64MB` and `--buffer-interval 300s` the way people write them; a bare number is
/// MB or seconds.
enum StreamQuantity {
    static func megabytes(_ text: String) throws -> Int {
        let lower = text.lowercased()
        let digits = lower.hasSuffix("mib") ? lower.dropLast(3) : lower.hasSuffix("mb") ? lower.dropLast(2) : lower[...]
        guard let value = Int(digits.trimmingCharacters(in: .whitespaces)) else {
            throw ValidationError("--buffer-size \(text) is not a size in MB (e.g. 64MB)")
        }
        return value
    }

    /// Through orchestration's one duration parser (`DurationText`); a bare number is seconds.
    static func seconds(_ text: String) throws -> Int {
        guard let value = DurationText.seconds(text, bareUnit: "s") else {
            throw ValidationError("--buffer-interval \(text) is not a duration (e.g. 300s or 5m)")
        }
        return value
    }
}
