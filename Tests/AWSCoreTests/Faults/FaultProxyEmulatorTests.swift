import AWSCore
import Foundation
import LakeTestSupport
import Testing

/// The fault proxy (scripts/emulator/fault_proxy.py) in front of the emulator, driven through the real
/// AWSClient: each kind of fault happens, is counted, and reaches the client as the fault AWS would send.
@Suite(.serialized) struct FaultProxyEmulatorTests {
    static let sts = ServiceConfig(serviceId: "STS", signingName: "sts", wireProtocol: .query, apiVersion: "2011-06-15")
    static let kms = ServiceConfig(
        serviceId: "KMS", signingName: "kms", wireProtocol: .json(version: "1.1"), apiVersion: "2014-11-01",
        jsonTargetPrefix: "TrentService")
    static let s3 = ServiceConfig(
        serviceId: "S3", signingName: "s3", wireProtocol: .restXML, apiVersion: "2006-03-01", isS3: true)
    static let iam = ServiceConfig(
        serviceId: "IAM", signingName: "iam", wireProtocol: .query, apiVersion: "2010-05-08", isGlobal: true)

    struct ListKeys: Codable {}
    struct ListKeysReply: Decodable {}

    /// One call per protocol (query, JSON, REST-XML); returns what each threw, or nil on success.
    static func threeCalls(_ client: AWSClient) async -> [(any Error)?] {
        var errors: [(any Error)?] = []
        do {
            _ = try await client.query(sts, action: "GetCallerIdentity")
            errors.append(nil)
        } catch { errors.append(error) }
        do {
            _ = try await client.json(kms, operation: "ListKeys", input: ListKeys(), output: ListKeysReply.self)
            errors.append(nil)
        } catch { errors.append(error) }
        do {
            _ = try await client.restXML(s3, operation: "ListBuckets", method: "GET", path: "/")
            errors.append(nil)
        } catch { errors.append(error) }
        return errors
    }

    @Test func withoutFaultsEveryCallIsForwardedAndSignaturesStillVerify() async throws {
        let proxy = try await FaultProxy.start(rate: 0)
        defer { proxy.stop() }
        let errors = await Self.threeCalls(proxy.client(maxAttempts: 1))
        #expect(errors.allSatisfy { $0 == nil }, "\(errors.compactMap { $0 })")
        let stats = try await proxy.stats()
        #expect(stats.requests == 3)
        #expect(stats.forwarded == 3)
        #expect(stats.faultsTotal == 0)
        #expect(stats.operations["sts:GetCallerIdentity"]?.requests == 1)
        #expect(stats.operations["kms:ListKeys"]?.requests == 1)
    }

    @Test(arguments: [
        (FaultKind.internalError, ["InternalFailure", "InternalFailure", "InternalError"], [500, 500, 500]),
        (
            FaultKind.serviceUnavailable, ["ServiceUnavailable", "ServiceUnavailableException", "ServiceUnavailable"],
            [503, 503, 503]
        ),
        (FaultKind.throttle, ["Throttling", "ThrottlingException", "SlowDown"], [400, 400, 503]),
    ])
    func errorRepliesUseEachServicesOwnShape(kind: FaultKind, codes: [String], statuses: [Int]) async throws {
        let proxy = try await FaultProxy.start(rate: 1, kinds: [kind])
        defer { proxy.stop() }
        let errors = await Self.threeCalls(proxy.client(maxAttempts: 1))
        let decoded = errors.map { $0 as? AWSError }
        #expect(decoded.map { $0?.code } == codes)
        #expect(decoded.map { $0?.statusCode } == statuses)
        let stats = try await proxy.stats()
        #expect(stats.count(kind) == 3)
        #expect(stats.faultsTotal == 3)
        #expect(stats.forwarded == 0)
    }

    @Test(arguments: [FaultKind.resetBefore, .resetAfter, .truncate, .slow])
    func transportFaultsReachTheClientAsTransportErrors(kind: FaultKind) async throws {
        let proxy = try await FaultProxy.start(rate: 1, kinds: [kind], slowSeconds: 2)
        defer { proxy.stop() }
        let errors = await Self.threeCalls(proxy.client(maxAttempts: 1, timeoutSeconds: 1))
        for error in errors {
            guard case .transport(_, _, let transportError) = error as? AWSClientError else {
                Issue.record("\(kind.rawValue): expected a transport error, got \(String(describing: error))")
                continue
            }
            if kind == .slow { #expect(transportError.isTimeout, "\(transportError)") }
        }
        // The proxy counts a forward when the emulator's reply is in, which under load can come after this client
        // gave up (1 s): the count is read again until the last one is in, for at most 10 s.
        let expected = kind.reachesEmulator ? 3 : 0
        var stats = try await proxy.stats()
        for _ in 0..<50 where stats.forwarded < expected {
            try await Task.sleep(for: .milliseconds(200))
            stats = try await proxy.stats()
        }
        #expect(stats.count(kind) == 3)
        #expect(stats.requests == 3)
        #expect(stats.forwarded == expected)
    }

    @Test func aResetAfterTheEmulatorHandledACreateLeavesTheResourceMade() async throws {
        let proxy = try await FaultProxy.start(rate: 1, kinds: [.resetAfter])
        defer { proxy.stop() }
        let client = proxy.client(maxAttempts: 1)
        let name = Emulator.uniqueName("fault-role")
        let trust =
            #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"glue.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#
        await #expect(throws: AWSClientError.self) {
            _ = try await client.query(
                Self.iam, action: "CreateRole", parameters: [("RoleName", name), ("AssumeRolePolicyDocument", trust)])
        }
        try await proxy.configure(rate: 0)
        let role = try await client.query(Self.iam, action: "GetRole", parameters: [("RoleName", name)])
        #expect(role.firstDescendant(named: "RoleName")?.text == name)
        let again = await #expect(throws: AWSError.self) {
            _ = try await client.query(
                Self.iam, action: "CreateRole", parameters: [("RoleName", name), ("AssumeRolePolicyDocument", trust)])
        }
        #expect(again?.code == "EntityAlreadyExists")
        _ = try await client.query(Self.iam, action: "DeleteRole", parameters: [("RoleName", name)])
        let stats = try await proxy.stats()
        #expect(stats.operations["iam:CreateRole"]?.faults["reset-after"] == 1)
        #expect(stats.operations["iam:CreateRole"]?.requests == 2)
    }

    @Test func theScheduleRepeatsForTheSameSeedAndResetRestartsIt() async throws {
        let proxy = try await FaultProxy.start(rate: 0.5, seed: 42, kinds: [.internalError])
        defer { proxy.stop() }
        let client = proxy.client(maxAttempts: 1)
        var first: [Bool] = []
        for _ in 0..<10 { first.append((try? await client.query(Self.sts, action: "GetCallerIdentity")) == nil) }
        try await proxy.reset()
        var second: [Bool] = []
        for _ in 0..<10 { second.append((try? await client.query(Self.sts, action: "GetCallerIdentity")) == nil) }
        #expect(first == second)
        #expect(first.contains(true) && first.contains(false), "rate 0.5 over 10 calls: \(first)")
        let stats = try await proxy.stats()
        #expect(stats.requests == 10)
        #expect(stats.count(.internalError) == first.filter { $0 }.count)
    }
}
