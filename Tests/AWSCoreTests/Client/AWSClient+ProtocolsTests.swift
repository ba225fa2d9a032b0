import Foundation
import LakeTestSupport
import Testing

@testable import AWSCore

/// The typed entry points through the whole stack (SigV4 with each service's options, libcurl, error
/// decoding) against moto with signature checking on.
@Suite(.serialized) struct AWSClientProtocolsTests {
    static let iam = ServiceConfig(
        serviceId: "IAM", signingName: "iam", wireProtocol: .query, apiVersion: "2010-05-08", isGlobal: true)
    static let s3 = ServiceConfig(
        serviceId: "S3", signingName: "s3", wireProtocol: .restXML, apiVersion: "2006-03-01", isS3: true)
    static let lakeFormation = ServiceConfig(
        serviceId: "LakeFormation", signingName: "lakeformation", wireProtocol: .restJSON, apiVersion: "2017-03-31")
    static let kms = ServiceConfig(
        serviceId: "KMS", signingName: "kms", wireProtocol: .json(version: "1.1"), apiVersion: "2014-11-01",
        jsonTargetPrefix: "TrentService")

    private func client(_ moto: MotoServer, _ credentials: StaticCredentials) -> AWSClient {
        AWSClient(
            region: "us-east-1", credentialProvider: credentials, endpoint: moto.endpoint,
            retryStrategy: StandardRetryStrategy(configuration: RetryConfiguration(maxAttempts: 1)))
    }

    /// An IAM user with an allow-all managed policy and a key; then only that key is accepted.
    private func checkedKey(_ moto: MotoServer) async throws -> StaticCredentials {
        let admin = client(moto, StaticCredentials())
        _ = try await admin.query(Self.iam, action: "CreateUser", parameters: [("UserName", "core")])
        let policy = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}"#
        _ = try await admin.query(
            Self.iam, action: "CreatePolicy", parameters: [("PolicyName", "all"), ("PolicyDocument", policy)])
        _ = try await admin.query(
            Self.iam, action: "AttachUserPolicy",
            parameters: [("UserName", "core"), ("PolicyArn", "arn:aws:iam::123456789012:policy/all")])
        let key = try await admin.query(Self.iam, action: "CreateAccessKey", parameters: [("UserName", "core")])
        let id = try #require(key.string("AccessKey", "AccessKeyId"))
        let secret = try #require(key.string("AccessKey", "SecretAccessKey"))
        try await moto.enableSignatureChecking()
        return StaticCredentials(accessKeyId: id, secret: secret)
    }

    @Test func restXMLAndJSONProtocolsAreSignedAndDecoded() async throws {
        let moto = try await MotoServer.start()
        defer { moto.stop() }
        let key = try await checkedKey(moto)
        let aws = client(moto, key)
        #expect(aws.usesPathStyle(for: Self.s3))

        // S3 (rest-xml): bucket, a streamed upload with a key that needs encoding, a streamed download.
        _ = try await aws.restXML(Self.s3, operation: "CreateBucket", method: "PUT", path: "/lake")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lakectl-s3-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let content = Array((0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        let upload = directory.appendingPathComponent("part.bin").path
        try Data(content).write(to: URL(fileURLWithPath: upload))
        // moto 5.2.1 rebuilds the path with werkzeug's unescaped set (!$&'()*+,;=@), so with checking on
        // it refuses keys containing any of them from every client, boto3 included (checked by hand);
        // this key needs encoding but avoids them.
        let objectPath = "/lake/" + QueryEncoding.percentEncode("raw/day 1/part 0.bin", keepingSlashes: true)
        _ = try await aws.restXML(
            Self.s3, operation: "PutObject", method: "PUT", path: objectPath,
            body: .file(path: upload, length: Int64(content.count)))
        let download = directory.appendingPathComponent("copy.bin").path
        let got = try await aws.restXML(
            Self.s3, operation: "GetObject", method: "GET", path: objectPath, writingBodyTo: download)
        #expect(got.response.bodyFile == download)
        #expect(Array(try Data(contentsOf: URL(fileURLWithPath: download))) == content)

        let listing = try await aws.restXML(
            Self.s3, operation: "ListObjectsV2", method: "GET", path: "/lake",
            query: [("list-type", "2"), ("prefix", "raw")])  // moto also refuses boto3's `prefix=raw%2F`
        #expect(
            listing.document?.children(named: "Contents").compactMap { $0.string("Key") } == ["raw/day 1/part 0.bin"])

        let missing = await #expect(throws: AWSError.self) {
            try await aws.restXML(Self.s3, operation: "HeadObject", method: "HEAD", path: "/lake/nothing")
        }
        #expect(missing?.code == "NotFound")
        #expect(missing?.statusCode == 404)

        // Lake Formation (rest-json).
        struct Settings: Decodable {
            var settings: [String: AnyDecodableValue]?
            enum CodingKeys: String, CodingKey { case settings = "DataLakeSettings" }
        }
        let settings = try await aws.restJSON(
            Self.lakeFormation, operation: "GetDataLakeSettings", method: "POST", path: "/GetDataLakeSettings",
            body: [String: String](), output: Settings.self)
        #expect(settings.settings != nil)

        // KMS (json 1.1) with a modelled error.
        struct DescribeKey: Encodable {
            var keyId: String
            enum CodingKeys: String, CodingKey { case keyId = "KeyId" }
        }
        struct Empty: Decodable {}
        let notFound = await #expect(throws: AWSError.self) {
            try await aws.json(
                Self.kms, operation: "DescribeKey", input: DescribeKey(keyId: "alias/nothing"), output: Empty.self)
        }
        #expect(notFound?.code == "NotFoundException")
        #expect(notFound?.service == "KMS")
    }
}

/// Accepts any JSON value where the test only checks presence.
struct AnyDecodableValue: Decodable {
    init(from decoder: any Decoder) throws {}
}
