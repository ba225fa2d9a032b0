/// The standard mode's retry budget, shared by every call through one client: 500 tokens; a retry
/// costs 5 (10 after a timeout); a success refunds what its last retry cost, or 1 when it needed none.
/// When the budget is spent, failures are returned at once instead of piling more load on a struggling
/// service (AWS-NOTES B7; aws-sdk-js-v3 constants).
package actor RetryQuota {
    package static let defaultCapacity = 500
    package static let retryCost = 5
    package static let timeoutRetryCost = 10
    package static let noRetryIncrement = 1

    package let capacity: Int
    package private(set) var available: Int

    package init(capacity: Int = RetryQuota.defaultCapacity) {
        self.capacity = max(0, capacity)
        self.available = max(0, capacity)
    }

    /// Takes the cost of one retry; nil when the budget cannot cover it.
    package func acquire(for kind: RetryErrorKind) -> Int? {
        let cost = kind == .timeout ? RetryQuota.timeoutRetryCost : RetryQuota.retryCost
        guard available >= cost else { return nil }
        available -= cost
        return cost
    }

    /// Called after a successful attempt with the cost of the retry that led to it (nil: no retry).
    package func recordSuccess(lastRetryCost: Int?) {
        let refund = lastRetryCost ?? RetryQuota.noRetryIncrement
        available = min(capacity, available + max(0, refund))
    }
}
