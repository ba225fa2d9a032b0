/// One rule of a waiter (Smithy waiters: acceptors): when its matcher matches the latest reply or error,
/// the waiter stops with success, stops with failure, or keeps polling. Acceptors are checked in order.
package struct WaiterAcceptor<Output: Sendable>: Sendable {
    package enum State: String, Sendable {
        case success, failure, retry
    }

    package enum Matcher: Sendable {
        /// A value read from the reply equals `expected` (Smithy `output` path matcher).
        case path(@Sendable (Output) -> String?, expected: String)
        /// Every value in a non-empty list equals `expected` (`allStringEquals`).
        case pathAll(@Sendable (Output) -> [String], expected: String)
        /// At least one value equals `expected` (`anyStringEquals`).
        case pathAny(@Sendable (Output) -> [String], expected: String)
        /// The call failed with this AWS error code (`errorType`), e.g. "DBSnapshotNotFound".
        case errorCode(String)
        /// The call succeeded at all (`success: true`).
        case succeeded
        /// Any other predicate on the reply.
        case predicate(@Sendable (Output) -> Bool)
    }

    package var state: State
    package var matcher: Matcher
    /// Shown in progress and failure messages ("snapshot status is failed").
    package var label: String

    package init(_ state: State, _ matcher: Matcher, label: String = "") {
        self.state = state
        self.matcher = matcher
        self.label = label
    }

    /// Whether this acceptor matches a reply or an error.
    func matches(_ result: Result<Output, any Error>) -> Bool {
        switch (matcher, result) {
        case (.path(let read, let expected), .success(let output)):
            return read(output) == expected
        case (.pathAll(let read, let expected), .success(let output)):
            let values = read(output)
            return !values.isEmpty && values.allSatisfy { $0 == expected }
        case (.pathAny(let read, let expected), .success(let output)):
            return read(output).contains(expected)
        case (.predicate(let test), .success(let output)):
            return test(output)
        case (.succeeded, .success):
            return true
        case (.errorCode(let code), .failure(let error)):
            return (error as? AWSError)?.code == code
        default:
            return false
        }
    }
}
