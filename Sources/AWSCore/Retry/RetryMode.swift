import Foundation

/// The SDKs' retry modes (AWS SDK reference, "Retry behavior"). `legacy` is accepted for compatibility
/// with older tools' settings and treated as `standard`.
package enum RetryMode: String, Sendable, Equatable {
    case standard
    /// Standard plus a client-side rate limiter that slows the sender down after throttling.
    case adaptive

    /// Reads `retry_mode` / `AWS_RETRY_MODE`; nil for values no SDK knows.
    package init?(setting: String) {
        switch setting.trimmingCharacters(in: .whitespaces).lowercased() {
        case "standard", "legacy": self = .standard
        case "adaptive": self = .adaptive
        default: return nil
        }
    }
}
