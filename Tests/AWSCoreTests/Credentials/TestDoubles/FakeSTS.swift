import Foundation

@testable import AWSCore

/// Records STS calls and answers with fixed credentials, or fails with a message that echoes its inputs
/// (so redaction can be tested: a real service error could quote them too).
actor FakeSTS: STSCredentialFetcher {
    struct Call: Sendable, Equatable {
        var operation: String
        var roleArn: String
        var sessionName: String
        var externalId: String?
        var durationSeconds: Int?
        var sourceAccessKeyId: String?
        var token: String?
        var region: String
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    private(set) var calls: [Call] = []
    private let failing: Bool

    init(failing: Bool = false) {
        self.failing = failing
    }

    static let expiration = Date(timeIntervalSince1970: 2_000_000_000)

    func assumeRole(
        roleArn: String, sessionName: String, externalId: String?, durationSeconds: Int?, using: AWSCredentials,
        region: String
    ) async throws -> AWSCredentials {
        calls.append(
            Call(
                operation: "AssumeRole", roleArn: roleArn, sessionName: sessionName, externalId: externalId,
                durationSeconds: durationSeconds, sourceAccessKeyId: using.accessKeyId, region: region))
        if failing {
            throw Failure(description: "AccessDenied signing with \(using.secretAccessKey) \(using.sessionToken ?? "")")
        }
        return AWSCredentials(
            accessKeyId: "ASIA-" + roleArn.suffix(8), secretAccessKey: "assumed-secret", sessionToken: "assumed-token",
            expiration: Self.expiration, source: "sts")
    }

    func assumeRoleWithWebIdentity(roleArn: String, sessionName: String, token: String, region: String) async throws
        -> AWSCredentials
    {
        calls.append(
            Call(
                operation: "AssumeRoleWithWebIdentity", roleArn: roleArn, sessionName: sessionName, token: token,
                region: region))
        if failing { throw Failure(description: "InvalidIdentityToken: \(token)") }
        return AWSCredentials(
            accessKeyId: "ASIA-WEB", secretAccessKey: "web-secret", sessionToken: "web-token",
            expiration: Self.expiration,
            source: "sts")
    }
}
