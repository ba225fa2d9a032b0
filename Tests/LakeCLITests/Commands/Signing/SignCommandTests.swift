import Foundation
import LakeTestSupport
import Testing

/// `lakectl sign` checked from outside against the AWS signing test suite: the binary, fed each case's
/// request.txt with the case's credentials and options, must print the suite's signed request.
@Suite struct SignCommandTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let directory: URL
        var testDescription: String { directory.lastPathComponent }
    }

    struct Context: Decodable {
        struct Credentials: Decodable {
            var access_key_id: String
            var secret_access_key: String
            var token: String?
        }
        var credentials: Credentials
        var region: String
        var service: String
        var timestamp: String
        var normalize: Bool?
        var sign_body: Bool?
        var omit_session_token: Bool?
        var expiration_in_seconds: Int?
    }

    static let suite = Fixtures.corpus.appendingPathComponent("sigv4/aws-c-auth-v4")

    static var cases: [Case] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: suite.path)) ?? []
        return names.sorted().map { Case(directory: suite.appendingPathComponent($0)) }
    }

    /// The aws-c-auth suite's case folders: one that disappears, or a new one, fails here.
    static let expectedCaseCount = 26

    @Test func suiteIsPresent() throws {
        _ = try Fixtures.corpusItem("sigv4/aws-c-auth-v4")
        #expect(
            Self.cases.count == Self.expectedCaseCount,
            "\(Self.cases.count) aws-c-auth cases under \(Self.suite.path), expected \(Self.expectedCaseCount)")
    }

    @Test(arguments: cases) func headerSigningMatchesTheSuite(_ testCase: Case) async throws {
        try await check(testCase, presign: false)
    }

    @Test(arguments: cases) func presigningMatchesTheSuite(_ testCase: Case) async throws {
        try await check(testCase, presign: true)
    }

    private func check(_ testCase: Case, presign: Bool) async throws {
        let context = try JSONDecoder().decode(
            Context.self, from: Data(contentsOf: testCase.directory.appendingPathComponent("context.json")))
        // aws-c-auth versions disagree on where sign_body's header goes; AWSSigV4Tests covers those. The
        // corpus has no such case today: one that appears fails here, to be given a verdict.
        try #require(
            context.sign_body != true, "\(testCase.testDescription) signs the body; not covered by lakectl sign")
        let request = try String(contentsOf: testCase.directory.appendingPathComponent("request.txt"), encoding: .utf8)
        let expected = try String(
            contentsOf: testCase.directory.appendingPathComponent(
                presign ? "query-signed-request.txt" : "header-signed-request.txt"),
            encoding: .utf8)
        let time = context.timestamp.replacingOccurrences(of: "-", with: "").replacingOccurrences(of: ":", with: "")
        var arguments = ["sign", "--service", context.service, "--region", context.region, "--time", time]
        if context.normalize == false { arguments.append("--no-normalize-path") }
        if context.omit_session_token == true { arguments.append("--omit-session-token") }
        if presign { arguments += ["--presign", String(context.expiration_in_seconds ?? 3600)] }
        var env = [
            "PATH": "/usr/bin:/bin", "HOME": FileManager.default.temporaryDirectory.path,
            "AWS_CONFIG_FILE": "/dev/null", "AWS_SHARED_CREDENTIALS_FILE": "/dev/null",
            "AWS_EC2_METADATA_DISABLED": "true",
            "AWS_ACCESS_KEY_ID": context.credentials.access_key_id,
            "AWS_SECRET_ACCESS_KEY": context.credentials.secret_access_key,
        ]
        env["AWS_SESSION_TOKEN"] = context.credentials.token
        let result = try await CLIRunner.run(arguments, environment: env, stdin: request)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == expected)
        #expect(!result.combined.contains(context.credentials.secret_access_key))
    }

    @Test func malformedRequestNamesTheLine() async throws {
        let env = [
            "PATH": "/usr/bin:/bin", "AWS_CONFIG_FILE": "/dev/null", "AWS_SHARED_CREDENTIALS_FILE": "/dev/null",
            "AWS_ACCESS_KEY_ID": "AKIDEXAMPLE", "AWS_SECRET_ACCESS_KEY": "secret", "AWS_EC2_METADATA_DISABLED": "true",
        ]
        let result = try await CLIRunner.run(
            ["sign", "--service", "s3", "--region", "us-east-1"], environment: env,
            stdin: "GET / HTTP/1.1\nno colon here\n\n")
        #expect(result.status == 1)
        #expect(result.stderr.contains("line 2"), "\(result.stderr)")
    }

    @Test func serviceAndRegionComeFromTheHost() async throws {
        let env = [
            "PATH": "/usr/bin:/bin", "AWS_CONFIG_FILE": "/dev/null", "AWS_SHARED_CREDENTIALS_FILE": "/dev/null",
            "AWS_ACCESS_KEY_ID": "AKIDEXAMPLE", "AWS_SECRET_ACCESS_KEY": "secret", "AWS_EC2_METADATA_DISABLED": "true",
        ]
        let result = try await CLIRunner.run(
            ["sign", "--time", "20150830T123600Z"], environment: env,
            stdin: "GET /?Action=GetCallerIdentity&Version=2011-06-15 HTTP/1.1\nHost: sts.eu-west-1.amazonaws.com\n\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Credential=AKIDEXAMPLE/20150830/eu-west-1/sts/aws4_request"))
    }
}
