/// How many attempts and which mode, resolved the way the AWS CLI does: environment first
/// (`AWS_MAX_ATTEMPTS`, `AWS_RETRY_MODE`), then the profile's `max_attempts` / `retry_mode`, then the
/// defaults (standard mode; 3 attempts, or 5 in legacy mode).
import Foundation

package struct RetryConfiguration: Sendable, Equatable {
    package static let defaultMaxAttempts = 3
    /// A sanity ceiling: a typo such as 3000 should not turn one call into an hour of retries.
    package static let maxAllowedAttempts = 50

    package var mode: RetryMode
    /// Total attempts including the first; 1 means no retries.
    package var maxAttempts: Int

    package init(mode: RetryMode = .standard, maxAttempts: Int = RetryConfiguration.defaultMaxAttempts) {
        self.mode = mode
        self.maxAttempts = min(max(1, maxAttempts), RetryConfiguration.maxAllowedAttempts)
    }

    /// Resolves from the environment and the profile's settings. Unreadable values are reported, not
    /// silently replaced, so a misspelt mode does not quietly fall back.
    package static func resolve(
        environment: [String: String], profileMaxAttempts: String? = nil, profileRetryMode: String? = nil
    ) throws(RetryConfigurationError) -> RetryConfiguration {
        var mode = RetryMode.standard
        if let (source, raw) = first(environment["AWS_RETRY_MODE"], "AWS_RETRY_MODE", profileRetryMode, "retry_mode") {
            guard let parsed = RetryMode(setting: raw) else { throw .invalidMode(source: source, value: raw) }
            mode = parsed
        }
        var attempts = mode.defaultMaxAttempts
        if let (source, raw) = first(
            environment["AWS_MAX_ATTEMPTS"], "AWS_MAX_ATTEMPTS", profileMaxAttempts, "max_attempts")
        {
            guard let parsed = Int(raw.trimmingCharacters(in: .whitespaces)), parsed >= 1, parsed <= maxAllowedAttempts
            else {
                throw .invalidMaxAttempts(source: source, value: raw)
            }
            attempts = parsed
        }
        return RetryConfiguration(mode: mode, maxAttempts: attempts)
    }

    private static func first(_ a: String?, _ aName: String, _ b: String?, _ bName: String) -> (String, String)? {
        if let a, !a.isEmpty { return (aName, a) }
        if let b, !b.isEmpty { return (bName, b) }
        return nil
    }
}
