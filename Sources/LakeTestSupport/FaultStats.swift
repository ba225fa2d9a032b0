/// The fault proxy's counters (`GET /__faults/stats`), so a test can show which faults its calls met.
package struct FaultStats: Sendable, Decodable, Equatable {
    /// Requests the proxy scheduled (control routes and the emulator's own control routes excluded).
    package var requests: Int
    /// Requests that reached the emulator (faulted or not).
    package var forwarded: Int
    /// Injected faults by `FaultKind` raw value.
    package var faults: [String: Int]
    package var faultsTotal: Int
    /// Per operation ("sts:GetCallerIdentity", "s3:PUT object"): requests and faults by kind.
    package var operations: [String: Operation]
    package var rate: Double
    package var seed: Int
    package var kinds: [String]
    package var slowSeconds: Double

    package struct Operation: Sendable, Decodable, Equatable {
        package var requests: Int
        package var faults: [String: Int]
        /// Bytes of the reply bodies relayed whole (not cut off): what the client received.
        package var bodyBytes: Int?
    }

    package func count(_ kind: FaultKind) -> Int { faults[kind.rawValue] ?? 0 }

    /// One line for a test's output: "requests 120, forwarded 104, faults 24 (500: 3, 503: 4, …)".
    package var summary: String {
        let kinds = FaultKind.allCases.map { "\($0.rawValue): \(count($0))" }.joined(separator: ", ")
        return "requests \(requests), forwarded \(forwarded), faults \(faultsTotal) (\(kinds))"
    }
}
