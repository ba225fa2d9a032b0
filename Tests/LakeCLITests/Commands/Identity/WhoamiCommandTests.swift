import AWSCore
import Foundation
import LakeTestSupport
import Testing

/// `lakectl whoami` as a user runs it: the real binary, real SigV4, the emulator with signature
/// checking on.
@Suite struct WhoamiCommandTests {
    @Test func showsTheCallerWithTheAllowedKey() async throws {
        let emulator = try Emulator.current()
        let result = try await CLIRunner.run(["whoami", "--output", "json"], environment: emulator.environment())
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: String])
        #expect(object["account"] == "123456789012")
        #expect(object["arn"] == "arn:aws:iam::123456789012:user/\(emulator.userName)")
        #expect(object["region"] == emulator.region)
        #expect(object["credentialSource"] == "environment variables")
        #expect(
            Array(object.keys).sorted() == ["account", "arn", "credentialSource", "region", "regionSource", "userId"])
    }

    @Test func tableOutputNamesEachField() async throws {
        let emulator = try Emulator.current()
        let result = try await CLIRunner.run(["whoami"], environment: emulator.environment())
        #expect(result.status == 0, "\(result.stderr)")
        for field in ["account", "arn", "userId", "region", "credentialSource"] {
            #expect(result.stdout.contains(field))
        }
    }

    @Test func wrongSecretIsReportedAsSignatureDoesNotMatch() async throws {
        let emulator = try Emulator.current()
        let wrong = String(emulator.secretAccessKey.dropLast()) + (emulator.secretAccessKey.hasSuffix("x") ? "y" : "x")
        let result = try await CLIRunner.run(
            ["whoami"], environment: emulator.environment(["AWS_SECRET_ACCESS_KEY": wrong]))
        #expect(result.status == 1)
        #expect(result.stderr.contains("SignatureDoesNotMatch"))
        #expect(result.stderr.contains("STS GetCallerIdentity"))
        #expect(result.stdout.isEmpty)
        #expect(!result.combined.contains(wrong))
    }

    @Test func noCredentialsNamesEverySourceTried() async throws {
        let emulator = try Emulator.current()
        var env = emulator.environment()
        env["AWS_ACCESS_KEY_ID"] = nil
        env["AWS_SECRET_ACCESS_KEY"] = nil
        let result = try await CLIRunner.run(["whoami"], environment: env)
        #expect(result.status == 1)
        for source in ["environment variables", "web identity", "credential_process", "container", "instance metadata"]
        {
            #expect(result.stderr.contains(source), "missing \(source) in: \(result.stderr)")
        }
    }

    /// A profile with `role_arn` + `source_profile`: the chain signs AssumeRole with the source
    /// profile's key, then calls STS as the role.
    @Test func assumedRoleProfileWorksThroughTheChain() async throws {
        let emulator = try Emulator.current()
        let role = "lakectl-whoami-\(UUID().uuidString.prefix(8).lowercased())"
        let iam = ServiceConfig(
            serviceId: "IAM", signingName: "iam", wireProtocol: .query, apiVersion: "2010-05-08", isGlobal: true)
        let client = AWSClient(
            region: emulator.region, credentialProvider: FixedTestCredentials(emulator), endpoint: emulator.endpoint)
        let trust = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow",\
            "Principal":{"AWS":"arn:aws:iam::123456789012:user/\(emulator.userName)"},"Action":"sts:AssumeRole"}]}
            """
        let allow = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}"#
        _ = try await client.query(
            iam, action: "CreateRole", parameters: [("RoleName", role), ("AssumeRolePolicyDocument", trust)])
        _ = try await client.query(
            iam, action: "PutRolePolicy",
            parameters: [("RoleName", role), ("PolicyName", "all"), ("PolicyDocument", allow)])

        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lakectl-\(role)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let config = dir.appendingPathComponent("config")
        try """
        [profile base]
        aws_access_key_id = \(emulator.accessKeyId)
        aws_secret_access_key = \(emulator.secretAccessKey)

        [profile lake]
        role_arn = arn:aws:iam::123456789012:role/\(role)
        source_profile = base
        role_session_name = whoami-test
        region = \(emulator.region)
        """.write(to: config, atomically: true, encoding: .utf8)
        var env = emulator.environment(["AWS_CONFIG_FILE": config.path])
        env["AWS_ACCESS_KEY_ID"] = nil
        env["AWS_SECRET_ACCESS_KEY"] = nil
        env["AWS_REGION"] = nil

        let result = try await CLIRunner.run(["whoami", "--profile", "lake", "--output", "json"], environment: env)
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: String])
        #expect(object["arn"] == "arn:aws:sts::123456789012:assumed-role/\(role)/whoami-test")
        #expect(object["credentialSource"]?.contains("assumed role") == true)
        #expect(object["credentialSource"]?.contains("lake") == true)
        #expect(object["regionSource"]?.contains("profile") == true)
    }

    /// At the highest verbosity every request is traced, and still no secret, token or signature
    /// appears anywhere in the output.
    @Test func verboseOutputNeverShowsTheSecret() async throws {
        let emulator = try Emulator.current()
        let result = try await CLIRunner.run(["whoami", "-vvv"], environment: emulator.environment())
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stderr.contains("GetCallerIdentity") || result.stderr.contains("sts"),
            "expected a trace: \(result.stderr)")
        #expect(!result.combined.contains(emulator.secretAccessKey))
        #expect(!result.combined.contains("Signature="))
        #expect(!result.combined.lowercased().contains("authorization: aws4"))
    }
}

/// The emulator's allowed key as a credential provider, for setting up fixtures through our client.
struct FixedTestCredentials: CredentialProvider {
    let name = "emulator key"
    let emulator: Emulator
    init(_ emulator: Emulator) { self.emulator = emulator }
    func credentials() async throws -> AWSCredentials? {
        AWSCredentials(accessKeyId: emulator.accessKeyId, secretAccessKey: emulator.secretAccessKey, source: "test")
    }
}
