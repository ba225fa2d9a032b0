import Foundation

/// Tests share one emulator, so each names what it makes with a suffix no other test uses.
public enum UniqueSuffix {
    /// `length` lower-case hex digits from a fresh UUID: valid in bucket, database, role, crawler, job and
    /// stream names alike.
    public static func make(_ length: Int = 10) -> String {
        String(UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(length))
    }
}
