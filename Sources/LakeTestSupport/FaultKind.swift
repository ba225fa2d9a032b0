/// The misbehaviours `scripts/emulator/fault_proxy.py` can inject, named as the proxy names them.
package enum FaultKind: String, CaseIterable, Sendable, Codable {
    /// HTTP 500 in the service's error shape (InternalFailure; S3 InternalError).
    case internalError = "500"
    /// HTTP 503 (ServiceUnavailableException; query and S3 ServiceUnavailable).
    case serviceUnavailable = "503"
    /// The service's throttling error: ThrottlingException (JSON), Throttling (query), SlowDown (S3).
    case throttle
    /// A TCP reset before the request reached the emulator.
    case resetBefore = "reset-before"
    /// A TCP reset after the emulator handled the request: a retried create finds its resource made.
    case resetAfter = "reset-after"
    /// The emulator's reply cut off halfway through its body, then a reset.
    case truncate
    /// The emulator's reply held back for the proxy's `slowSeconds`, past a short client timeout.
    case slow

    /// True when the emulator saw the request before the fault (so a create has happened).
    package var reachesEmulator: Bool {
        switch self {
        case .resetAfter, .truncate, .slow: return true
        case .internalError, .serviceUnavailable, .throttle, .resetBefore: return false
        }
    }
}
