import AWSCore
import Foundation
import LakeTestSupport
import Testing

/// AWSClient's retries against every fault the proxy injects: at 20% faults of all kinds, a series of
/// calls over the three wire protocols each succeeds in the end, and what was written reads back intact.
@Suite struct RetryThroughFaultsEmulatorTests {
    typealias Services = FaultProxyEmulatorTests

    @Test func everyCallSucceedsAtTwentyPercentFaultsOfAllKinds() async throws {
        let proxy = try await FaultProxy.start(rate: 0, seed: 20, kinds: FaultKind.allCases, slowSeconds: 1.5)
        defer { proxy.stop() }
        let client = proxy.client(maxAttempts: 8, timeoutSeconds: 1)
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
        print("fault proxy at 20% (seed 20): \(stats.summary)")
        #expect(stats.faultsTotal > 0)
        for kind in FaultKind.allCases { #expect(stats.count(kind) > 0, "no \(kind.rawValue) fault happened") }
        // Every fault was retried: 75 calls, each needing one more request per fault it met. (curl itself
        // may re-send once more when a reused connection is reset before any reply, hence at least.)
        #expect(stats.requests >= 75 + stats.faultsTotal)
        #expect(stats.requests <= 75 + 2 * stats.faultsTotal)
    }
}
