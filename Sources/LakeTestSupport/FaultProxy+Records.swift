import Foundation

/// The proxy's Firehose record-level faults (scripts/emulator/fault_proxy.py, `recordFailRate`): a share
/// of every PutRecordBatch's records failed inside a 200 reply, and the counts a test needs to tell
/// legitimate duplicates (a call stored whose reply was lost) from a client's mistakes.
package struct FaultRecordStats: Sendable, Decodable, Equatable {
    package var recordFailRate: Double
    /// Records the emulator answered with a per-record ErrorCode (and did not store).
    package var recordsFailed: Int
    /// PutRecordBatch calls the emulator handled whose reply the proxy then lost (reset-after, truncate,
    /// slow), and the records those calls stored: the duplicates Firehose's at-least-once contract allows.
    package var lostReplyCalls: Int
    package var lostReplyRecords: Int
}

extension FaultProxy {
    /// Fails `rate` of the records of every PutRecordBatch that reaches the emulator, independent of the
    /// whole-call faults.
    package func failRecords(rate: Double) async throws {
        _ = try await control("POST", "/__faults/config", body: "{\"recordFailRate\": \(rate)}")
    }

    package func recordStats() async throws -> FaultRecordStats {
        try JSONDecoder().decode(
            FaultRecordStats.self, from: Data(try await control("GET", "/__faults/stats", body: nil)))
    }
}
