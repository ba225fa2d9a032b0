import AWSCore
import Foundation
import LakeTestSupport
import Testing

/// AWSClient's retries against every fault the proxy injects: at 20% faults of all kinds, a series of
/// calls over the three wire protocols each succeeds in the end, and what was written reads back intact.
@Suite struct RetryThroughFaultsEmulatorTests {
    typealias Services = FaultProxyEmulatorTests

    /// The schedule's seed: 20 unless `LAKECTL_FAULT_SEED` asks for another run of the same test.
    static let seed = ProcessInfo.processInfo.environment["LAKECTL_FAULT_SEED"].flatMap { Int($0) } ?? 20

    @Test func everyCallSucceedsAtTwentyPercentFaultsOfAllKinds() async throws {
        let proxy = try await FaultProxy.start(rate: 0, seed: Self.seed, kinds: FaultKind.allCases, slowSeconds: 6)
        defer { proxy.stop() }
        // Each attempt may take 5 s, so a slow (6 s) reply is a client timeout; a loaded machine's slow but
        // unfaulted reply is one more retry, not a failure. (With 2 s attempts, eight of them in a row timed
        // out once in a fresh-clone CI run while the 100,000-record stream test kept the emulator busy.)
        let client = proxy.client(maxAttempts: 8, timeoutSeconds: 5)
        let bucket = Emulator.uniqueName("faults")
        _ = try await client.restXML(Services.s3, operation: "CreateBucket", method: "PUT", path: "/\(bucket)")
        try await proxy.configure(rate: 0.2)

        for round in 0..<15 {
            _ = try await client.query(Services.sts, action: "GetCallerIdentity")
            _ = try await client.json(
                Services.kms, operation: "ListKeys", input: Services.ListKeys(), output: Services.ListKeysReply.self)
            _ = try await client.query(Services.iam, action: "ListRoles")
            let body = Array("object \(round) through faults".utf8)
            _ = try await client.restXML(
                Services.s3, operation: "PutObject", method: "PUT", path: "/\(bucket)/key-\(round)", body: .bytes(body))
            let read = try await client.restXML(
                Services.s3, operation: "GetObject", method: "GET", path: "/\(bucket)/key-\(round)",
                parsesBody: false)
            #expect(read.response.body == body)
        }

        let stats = try await proxy.stats()
        print("fault proxy at 20% (seed \(Self.seed)): \(stats.summary)")
        // About one request in five was faulted (each kind's own behaviour is FaultProxyEmulatorTests').
        #expect(stats.faultsTotal >= 5, "\(stats.summary)")
        #expect(stats.faults.values.filter { $0 > 0 }.count >= 3, "\(stats.summary)")
        // Every fault was retried: 75 calls, each needing at least one more request per fault it met (curl
        // itself re-sends when a reused connection is reset before any reply; a timeout adds one too).
        #expect(stats.requests >= 75 + stats.faultsTotal)
    }
}
