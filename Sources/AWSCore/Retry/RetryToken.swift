/// One call's retry state.
package struct RetryToken: Sendable, Equatable {
    /// 1 for the first attempt.
    package var attempt: Int
    /// Quota tokens the most recent retry cost (refunded on success).
    package var lastRetryCost: Int?

    package init(attempt: Int = 1, lastRetryCost: Int? = nil) {
        self.attempt = attempt
        self.lastRetryCost = lastRetryCost
    }
}
