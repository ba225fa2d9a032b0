/// Why a failed attempt may be retried. Timeouts cost more retry-quota tokens than other errors.
package enum RetryErrorKind: Sendable, Equatable {
    case throttling
    case transient
    case timeout
}
