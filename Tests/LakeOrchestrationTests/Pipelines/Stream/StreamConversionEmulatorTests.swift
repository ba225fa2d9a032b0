import AWSCore
import AWSServices
import Foundation
import LakeTestSupport
import Testing

@testable import LakeOrchestration

/// `stream create --parquet-table` and `--kms-key`, and the KMS key of an encrypted bucket, against the
/// emulator (signature checking on): what Firehose is asked for, what the generated role may do, and what
/// is refused before any change.
@Suite struct StreamConversionEmulatorTests {
    struct Fixture {
        let client: AWSClient
        let bucket: String
        let database: String

        static func make() async throws -> Fixture {
            let client = try EmulatorClients.client()
            let bucket = try await StreamPipelineEmulatorTests.bucket(client)
            let database = EmulatorClients.unique("streamdb").replacingOccurrences(of: "-", with: "_")
            let glue = GlueClient(client: client)
            try await glue.createDatabase(GlueDatabaseInput(name: database))
            try await glue.createTable(
                database: database,
                GlueTableInput(
                    name: "clicks",
                    storageDescriptor: .parquet(
                        columns: [GlueColumn(name: "user", type: "string"), GlueColumn(name: "at", type: "timestamp")],
                        location: "s3://\(bucket)/raw/clicks/")))
            return Fixture(client: client, bucket: bucket, database: database)
        }

        /// The generated delivery policy's document, as IAM holds it.
        func policyDocument(_ result: StreamCreateResult) async throws -> String {
            let iam = IAMClient(client: client)
            let arn = try #require(result.policy?.arn)
            let policy = try await iam.getPolicy(arn: arn)
            let version = try await iam.getPolicyVersion(arn: arn, versionId: policy.defaultVersionId)
            let document = version.document ?? ""
            return document.removingPercentEncoding ?? document
        }
    }

    @Test func parquetConversionAndAKMSKeyAreSetShownUpdatedAndUnchangedOnARerun() async throws {
        let f = try await Fixture.make()
        let key = try await KMSClient(client: f.client).createKey(description: "stream objects")
        let pipeline = StreamPipeline(client: f.client, clock: ManualClock())
        let spec = StreamSpec(
            name: EmulatorClients.unique("parquet"), bucket: f.bucket, prefix: "raw/clicks/", bufferSizeMB: 64,
            parquetTable: "\(f.database).clicks", kmsKey: key.keyId)
        let first = try await pipeline.create(spec, role: nil, events: { _ in })
        #expect(first.stream.change == .created)

        let shown = try await pipeline.show(spec.name)
        #expect(shown.parquetTable == "\(f.database).clicks")
        #expect(shown.conversionFormat == "Parquet")
        #expect(shown.kmsKeyArn == key.arn, "the key is stored as its ARN, whatever form it was given in")
        let conversion = try #require(try await pipeline.describe(spec.name).s3Destination?.dataFormatConversion)
        #expect(conversion.roleARN == first.roleArn, "Firehose reads the schema with the delivery role")

        let document = try await f.policyDocument(first)
        #expect(document.contains(key.arn))
        #expect(document.contains("kms:GenerateDataKey"))
        #expect(document.contains("glue:GetTable"))

        #expect(try await pipeline.create(spec, role: nil, events: { _ in }).isUnchanged)

        // Taking conversion and the key away is an update, and the stream then reads back without them.
        var plain = spec
        plain.parquetTable = nil
        plain.kmsKey = nil
        let updated = try await pipeline.create(plain, role: nil, events: { _ in })
        #expect(updated.stream.change == .updated(["kms key", "parquet table", "parquet format"]))
        let after = try await pipeline.show(spec.name)
        #expect(after.parquetTable == nil && after.kmsKeyArn == nil)
        #expect(try await pipeline.create(plain, role: nil, events: { _ in }).isUnchanged)
        // moto keeps at most 50 streams per region, like Firehose's default quota.
        try await pipeline.delete(spec.name)
    }

    @Test func theGeneratedRoleMayUseTheKeyOfAKMSEncryptedBucket() async throws {
        let f = try await Fixture.make()
        let key = try await KMSClient(client: f.client).createKey(description: "bucket default")
        try await S3Client(client: f.client).putBucketEncryption(f.bucket, kmsKeyId: key.keyId)
        let spec = StreamSpec(name: EmulatorClients.unique("sealed"), bucket: f.bucket, prefix: "raw/")
        let sealed = try await StreamPipeline(client: f.client, clock: ManualClock()).create(
            spec, role: nil, events: { _ in })
        let document = try await f.policyDocument(sealed)
        #expect(document.contains(key.arn))
        #expect(document.contains("kms:GenerateDataKey"))

        // An unencrypted bucket gives a role with no KMS statement.
        let plain = StreamSpec(
            name: EmulatorClients.unique("open"), bucket: try await StreamPipelineEmulatorTests.bucket(f.client))
        let open = try await StreamPipeline(client: f.client, clock: ManualClock()).create(
            plain, role: nil, events: { _ in })
        #expect(try await !f.policyDocument(open).contains("kms:"))
        for name in [spec.name, plain.name] {
            try await StreamPipeline(client: f.client, clock: ManualClock()).delete(name)
        }
    }

    @Test func aParquetTableThatDoesNotExistIsRefusedAfterOnlyReadingIt() async throws {
        let f = try await Fixture.make()
        let proxy = try await FaultProxy.start(rate: 0)
        defer { proxy.stop() }
        let pipeline = StreamPipeline(client: proxy.client(maxAttempts: 1), clock: ManualClock())
        let spec = StreamSpec(
            name: EmulatorClients.unique("missing"), bucket: f.bucket, bufferSizeMB: 64,
            parquetTable: "\(f.database).no_such_table")
        let error = await #expect(throws: StreamSpecError.self) {
            _ = try await pipeline.create(spec, role: nil, events: { _ in })
        }
        #expect(error?.description.contains("\(f.database).no_such_table") == true)
        let stats = try await proxy.stats()
        #expect(stats.operations.keys.sorted() == ["glue:GetTable"], "nothing but the table was read")
    }

    @Test(arguments: [
        StreamSpec(name: "s", bucket: "b", bufferSizeMB: 32, parquetTable: "raw.clicks"),
        StreamSpec(name: "s", bucket: "b", bufferSizeMB: 64, parquetTable: "clicks"),
        StreamSpec(name: "s", bucket: "b", bufferSizeMB: 64, parquetTable: "raw.clicks.x"),
        StreamSpec(name: "s", bucket: "b", bufferSizeMB: 64, compression: "GZIP", parquetTable: "raw.clicks"),
    ])
    func aBadParquetRequestIsRefusedBeforeAnyCall(spec: StreamSpec) async throws {
        let proxy = try await FaultProxy.start(rate: 0)
        defer { proxy.stop() }
        let pipeline = StreamPipeline(client: proxy.client(maxAttempts: 1), clock: ManualClock())
        await #expect(throws: StreamSpecError.self) { _ = try await pipeline.create(spec, role: nil, events: { _ in }) }
        #expect(try await proxy.stats().requests == 0)
    }
}
