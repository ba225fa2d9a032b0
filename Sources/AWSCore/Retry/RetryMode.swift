import Foundation

/// The SDKs' retry modes (AWS SDK reference, "Retry behavior"). All three names the AWS CLI accepts are
/// accepted, so a profile written for the CLI works unchanged; `legacy` is its own mode rather than a
/// silent alias for `standard`, and an unknown name is an error naming all three.
package enum RetryMode: String, Sendable, Equatable, CaseIterable {
    /// The CLI's old behaviour: 5 attempts by default and no retry quota (every retryable failure is
    /// retried up to the attempt limit, however many other calls are failing).
    case legacy
    case standard
    /// Standard plus a client-side rate limiter that slows the sender down after throttling.
    case adaptive

    /// Reads `retry_mode` / `AWS_RETRY_MODE`; nil for values no SDK knows.
    package init?(setting: String) {
        self.init(rawValue: setting.trimmingCharacters(in: .whitespaces).lowercased())
    }

    /// Total attempts when none are configured: botocore's legacy default is 5, the others 3.
    package var defaultMaxAttempts: Int { self == .legacy ? 5 : RetryConfiguration.defaultMaxAttempts }
}
