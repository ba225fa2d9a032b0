import AWSCore
import Foundation
import Testing

@testable import AWSServices

/// S3 replies in the format the real service sends (API reference examples, encoding-type=url), read
/// without a network, and the requests built for awkward keys.
@Suite struct S3ShapeTests {
    /// A truncated ListObjectsV2 page as S3 answers it with `encoding-type=url`: keys are form-encoded
    /// (a space is `+`, a literal `+` is `%2B`).
    static let listPage = """
        <?xml version="1.0" encoding="UTF-8"?>
        <ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">
          <Name>lake-raw</Name><Prefix>exports%2F</Prefix>
          <NextContinuationToken>1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM=</NextContinuationToken>
          <KeyCount>3</KeyCount><MaxKeys>3</MaxKeys><Delimiter>%2F</Delimiter><EncodingType>url</EncodingType>
          <IsTruncated>true</IsTruncated>
          <Contents><Key>exports%2Fa+b.parquet</Key><LastModified>2026-11-20T10:11:12.000Z</LastModified>
            <ETag>&quot;599bab3ed2c697f1d26842727561fd94&quot;</ETag><Size>857</Size><StorageClass>STANDARD</StorageClass></Contents>
          <Contents><Key>exports%2F%C3%A9t%C3%A9%2B1.json</Key><LastModified>2026-11-20T10:11:13Z</LastModified>
            <ETag>&quot;9b2cf535f27731c974343645a3985328-3&quot;</ETag><Size>15728640</Size><StorageClass>STANDARD</StorageClass></Contents>
          <CommonPrefixes><Prefix>exports%2Fshop%2F</Prefix></CommonPrefixes>
        </ListBucketResult>
        """

    @Test func listPageWithContinuationTokenIsDecoded() async throws {
        let transport = OneReplyTransport(Self.listPage)
        let client = AWSClient(
            region: "us-east-1", credentialProvider: TestCredentials(), endpoint: "http://127.0.0.1:9",
            transport: transport)
        let page = try await S3Client(client: client).listObjectsV2(
            bucket: "lake-raw", prefix: "exports/", delimiter: "/", maxKeys: 3)
        #expect(page.isTruncated)
        #expect(page.nextContinuationToken == "1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM=")
        #expect(page.objects.map(\.key) == ["exports/a b.parquet", "exports/été+1.json"])
        #expect(page.objects.map(\.size) == [857, 15_728_640])
        #expect(page.objects.first?.eTag == "\"599bab3ed2c697f1d26842727561fd94\"")
        #expect(page.objects.first?.lastModified == Date(timeIntervalSince1970: 1_795_169_472))
        #expect(page.commonPrefixes == ["exports/shop/"])
        #expect(page.keyCount == 3)
        let sent = try #require(await transport.requests.first)
        #expect(
            sent.url
                == "http://127.0.0.1:9/lake-raw?list-type=2&encoding-type=url&prefix=exports%2F&delimiter=%2F&max-keys=3"
        )
    }

    @Test func aLastPageHasNoToken() throws {
        let root = try XMLReader.parse(
            "<ListBucketResult><IsTruncated>false</IsTruncated><NextContinuationToken>x</NextContinuationToken></ListBucketResult>"
        )
        let page = try S3ListObjectsPage(root, urlEncoded: false)
        #expect(!page.isTruncated)
        #expect(page.nextContinuationToken == nil)
        #expect(page.objects.isEmpty)
    }

    @Test func aNegativeSizeIsAnErrorNotATrap() throws {
        let root = try XMLReader.parse(
            "<ListBucketResult><Contents><Key>k</Key><Size>-1</Size></Contents></ListBucketResult>")
        #expect(throws: S3ReplyError.self) { try S3ListObjectsPage(root, urlEncoded: false) }
    }

    @Test(arguments: [
        ("a b/c.txt", "a%20b/c.txt"),
        ("x+y=z", "x%2By%3Dz"),
        ("données/été.parquet", "donn%C3%A9es/%C3%A9t%C3%A9.parquet"),
        ("year=2024/part-0000.gz.parquet", "year%3D2024/part-0000.gz.parquet"),
        ("tilde~_-.key", "tilde~_-.key"),
    ])
    func keysArePercentEncodedOnceWithSlashesKept(key: String, encoded: String) {
        #expect(S3Client.encodeKey(key) == encoded)
    }

    @Test func pathStyleOnCustomEndpointsVirtualHostedOnAWS() async throws {
        let transport = OneReplyTransport("")
        let custom = AWSClient(
            region: "eu-west-1", credentialProvider: TestCredentials(), endpoint: "http://127.0.0.1:9",
            transport: transport)
        _ = try await S3Client(client: custom).headObject(bucket: "lake", key: "a b+c")
        let aws = AWSClient(region: "eu-west-1", credentialProvider: TestCredentials(), transport: transport)
        _ = try await S3Client(client: aws).headObject(bucket: "lake", key: "a b+c")
        _ = try await S3Client(client: aws).headObject(bucket: "lake.with.dots", key: "k")
        let urls = await transport.requests.map(\.url)
        #expect(
            urls == [
                "http://127.0.0.1:9/lake/a%20b%2Bc",
                "https://lake.s3.eu-west-1.amazonaws.com/a%20b%2Bc",
                "https://s3.eu-west-1.amazonaws.com/lake.with.dots/k",
            ])
    }

    @Test func createBucketSendsALocationConstraintOutsideUSEast1Only() async throws {
        let transport = OneReplyTransport("")
        let client = AWSClient(
            region: "us-east-1", credentialProvider: TestCredentials(), endpoint: "http://127.0.0.1:9",
            transport: transport)
        try await S3Client(client: client).createBucket("b1")
        try await S3Client(client: client).createBucket("b2", region: "eu-west-1")
        let bodies = await transport.requests.map(\.body)
        #expect(bodies.first == .empty)
        guard case .bytes(let bytes) = bodies.last else {
            Issue.record("expected an XML body")
            return
        }
        #expect(String(decoding: bytes, as: UTF8.self).contains("<LocationConstraint>eu-west-1</LocationConstraint>"))
    }

    @Test(
        arguments: [(nil, "us-east-1"), ("", "us-east-1"), ("EU", "eu-west-1"), ("eu-central-1", "eu-central-1")]
            as [(String?, String)])
    func bucketLocationIsNormalised(constraint: String?, region: String) {
        #expect(S3BucketLocation.region(fromConstraint: constraint) == region)
    }

    @Test func theXMLErrorBodyIsDecoded() async throws {
        let body = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><Key>a b</Key>
            <RequestId>4442587FB7D0A2F9</RequestId></Error>
            """
        let client = AWSClient(
            region: "us-east-1", credentialProvider: TestCredentials(), endpoint: "http://127.0.0.1:9",
            transport: OneReplyTransport(status: 404, body))
        let error = await #expect(throws: AWSError.self) {
            try await S3Client(client: client).getObject(bucket: "b", key: "a b")
        }
        #expect(error?.code == "NoSuchKey")
        #expect(error?.message == "The specified key does not exist.")
        #expect(error?.requestId == "4442587FB7D0A2F9")
    }

    @Test func aBodylessHead404NamesTheBucket() async throws {
        let client = AWSClient(
            region: "us-east-1", credentialProvider: TestCredentials(), endpoint: "http://127.0.0.1:9",
            transport: OneReplyTransport(status: 404, ""))
        let error = await #expect(throws: AWSError.self) {
            try await S3Client(client: client).headBucket("missing-bucket")
        }
        #expect(error?.code == "NoSuchBucket")
        #expect(error?.message?.contains("missing-bucket") == true)
    }

    @Test(arguments: [
        (Int64(12 * 1_048_576), 8 * 1_048_576, 8 * 1_048_576),
        (Int64(100), 1, 5 * 1_048_576),
        (Int64(200_000) * 1_048_576, 8 * 1_048_576, 20_971_520),  // grown so 10,000 parts suffice
    ])
    func partSizeRespectsS3Limits(fileSize: Int64, requested: Int, expected: Int) {
        let part = S3Client.partSize(fileSize: fileSize, requested: requested)
        #expect(part >= S3Client.minimumPartSize)
        #expect(Int64(part) * Int64(S3Client.maximumPartCount) >= fileSize)
        #expect(part == expected)
    }
}
