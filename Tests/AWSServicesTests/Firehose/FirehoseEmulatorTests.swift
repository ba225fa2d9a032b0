import AWSCore
import Foundation
import LakeTestSupport
import Testing

@testable import AWSServices

/// Firehose against the emulator (signature checking on). Moto writes each Put call's records to one S3
/// object at once (EMULATOR.md), so what a call sent can be read straight back from the bucket.
@Suite struct FirehoseEmulatorTests {
    struct Fixture {
        let firehose: FirehoseClient
        let s3: S3Client
        let bucket: String
        let stream: String

        static func make(prefix: String = "raw/clicks/") async throws -> Fixture {
            let client = try EmulatorClient.make()
            let s3 = S3Client(client: client)
            let bucket = EmulatorClient.uniqueName("firehose")
            try await s3.createBucket(bucket)
            let firehose = FirehoseClient(client: client)
            let stream = EmulatorClient.uniqueName("clicks")
            let arn = try await firehose.createDeliveryStream(
                FirehoseCreateDeliveryStreamRequest(
                    name: stream,
                    destination: FirehoseS3Destination(
                        roleARN: "arn:aws:iam::123456789012:role/firehose-test", bucketARN: "arn:aws:s3:::\(bucket)",
                        prefix: prefix, errorOutputPrefix: "errors/",
                        bufferingHints: FirehoseBufferingHints(sizeInMBs: 64, intervalInSeconds: 300),
                        compressionFormat: "UNCOMPRESSED"),
                    tags: ["managed-by": "lakectl"]))
            #expect(arn.hasSuffix(":deliverystream/\(stream)"), "\(arn)")
            return Fixture(firehose: firehose, s3: s3, bucket: bucket, stream: stream)
        }

        /// Every object's bytes under the prefix, concatenated in key order.
        func delivered(prefix: String = "raw/clicks/") async throws -> [String] {
            var bodies: [String] = []
            for object in try await s3.listAllObjects(bucket: bucket, prefix: prefix) {
                let body = try await s3.getObject(bucket: bucket, key: object.key).bytes
                bodies.append(String(decoding: body, as: UTF8.self))
            }
            return bodies
        }
    }

    @Test func createdStreamDescribesItsDestinationAndIsActive() async throws {
        let f = try await Fixture.make()
        let stream = try await f.firehose.describeDeliveryStream(name: f.stream)
        #expect(stream.name == f.stream)
        #expect(stream.isActive)
        #expect(stream.type == "DirectPut")
        let destination = try #require(stream.s3Destination)
        #expect(destination.bucketARN == "arn:aws:s3:::\(f.bucket)")
        #expect(destination.prefix == "raw/clicks/")
        #expect(destination.errorOutputPrefix == "errors/")
        #expect(destination.bufferingHints == FirehoseBufferingHints(sizeInMBs: 64, intervalInSeconds: 300))
        #expect(destination.compressionFormat == "UNCOMPRESSED")
    }

    @Test func creatingTheSameNameAgainIsResourceInUse() async throws {
        let f = try await Fixture.make()
        let error = await #expect(throws: AWSError.self) {
            _ = try await f.firehose.createDeliveryStream(
                FirehoseCreateDeliveryStreamRequest(
                    name: f.stream,
                    destination: FirehoseS3Destination(
                        roleARN: "arn:aws:iam::123456789012:role/x", bucketARN: "arn:aws:s3:::\(f.bucket)")))
        }
        #expect(error?.hasCode(FirehoseClient.ErrorCode.resourceInUse) == true, "\(String(describing: error))")
    }

    @Test func putRecordBatchAnswersOneEntryPerRecordAndWritesThemToTheBucket() async throws {
        let f = try await Fixture.make()
        let records = (0..<25).map { Array("{\"n\":\($0)}\n".utf8) }
        let reply = try await f.firehose.putRecordBatch(stream: f.stream, records: records)
        #expect(reply.failedPutCount == 0)
        #expect(reply.responses.count == 25)
        #expect(reply.responses.allSatisfy { $0.recordId != nil && !$0.failed })
        let id = try await f.firehose.putRecord(stream: f.stream, record: Array("{\"n\":25}\n".utf8))
        #expect(!id.isEmpty)
        let lines = try await f.delivered().joined().split(separator: "\n").map(String.init)
        #expect(lines.sorted() == (0...25).map { "{\"n\":\($0)}" }.sorted())
    }

    @Test func putToAnUnknownStreamIsResourceNotFound() async throws {
        let f = try await Fixture.make()
        let error = await #expect(throws: AWSError.self) {
            _ = try await f.firehose.putRecordBatch(stream: f.stream + "-missing", records: [Array("x\n".utf8)])
        }
        #expect(error?.hasCode(FirehoseClient.ErrorCode.resourceNotFound) == true, "\(String(describing: error))")
        let describeError = await #expect(throws: AWSError.self) {
            _ = try await f.firehose.describeDeliveryStream(name: f.stream + "-missing")
        }
        #expect(describeError?.hasCode(FirehoseClient.ErrorCode.resourceNotFound) == true)
    }

    @Test func listingPagesByNameUntilEveryStreamIsSeenAndDeleteRemoves() async throws {
        var made: [String] = []
        for _ in 0..<3 { made.append(try await Fixture.make().stream) }
        let firehose = FirehoseClient(client: try EmulatorClient.make())
        var pages = 0
        var names: [String] = []
        for try await page in firehose.listDeliveryStreamsPages(limit: 2) {
            pages += 1
            #expect(page.items.count <= 2)
            names += page.items
        }
        #expect(pages >= 2)
        #expect(Set(made).isSubset(of: Set(names)))
        #expect(Set(names).count == names.count)
        try await firehose.deleteDeliveryStream(name: made[0])
        let after = try await firehose.listDeliveryStreamsPages().collect().flatMap(\.items)
        #expect(!after.contains(made[0]))
        #expect(after.contains(made[1]))
    }
}
