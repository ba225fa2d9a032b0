import AWSCore
import AWSServices
import Foundation
import LakeTestSupport
import Testing

@testable import LakeOrchestration

/// `ingest stream` against the emulator (signature checking on). Moto writes each PutRecordBatch call's
/// records to one S3 object at once (EMULATOR.md), so reading the bucket back shows what arrived, and how
/// often: every line of the input is a distinct `{"line":N}` record.
@Suite(.serialized) struct StreamIngestEmulatorTests {
    struct Fixture {
        let client: AWSClient
        let bucket: String
        let stream: String

        static func make() async throws -> Fixture {
            let client = try EmulatorClients.client()
            let bucket = EmulatorClients.unique("ingest")
            try await S3Client(client: client).createBucket(bucket)
            let stream = EmulatorClients.unique("clicks")
            _ = try await FirehoseClient(client: client).createDeliveryStream(
                FirehoseCreateDeliveryStreamRequest(
                    name: stream,
                    destination: StreamSpec(name: stream, bucket: bucket, prefix: "raw/clicks/").destination(
                        roleArn: "arn:aws:iam::123456789012:role/firehose-test")))
            return Fixture(client: client, bucket: bucket, stream: stream)
        }

        /// The objects under the prefix, each as its list of record line numbers.
        func objects() async throws -> [[Int]] {
            let s3 = S3Client(client: client)
            var objects: [[Int]] = []
            for object in try await s3.listAllObjects(bucket: bucket, prefix: "raw/clicks/") {
                let body = try await s3.getObject(bucket: bucket, key: object.key).bytes
                let text = String(decoding: body, as: UTF8.self)
                #expect(text.hasSuffix("\n"), "records keep their newline")
                objects.append(
                    text.split(separator: "\n").map {
                        StreamIngestPipelineTests.ScriptedFirehose.line(of: Array($0.utf8))
                    })
            }
            return objects
        }
    }

    static func counts(_ objects: [[Int]]) -> [Int: Int] {
        var counts: [Int: Int] = [:]
        for line in objects.joined() { counts[line, default: 0] += 1 }
        return counts
    }

    @Test func twentyThousandRecordsArriveExactlyOnce() async throws {
        let f = try await Fixture.make()
        let url = try StreamIngestPipelineTests.file(lines: 20_000)
        defer { try? FileManager.default.removeItem(at: url) }
        let started = Date()
        let result = try await StreamIngestPipeline(client: f.client).run(
            StreamIngestRequest(stream: f.stream, concurrency: 4), reader: try LineReader.open(url.path),
            events: { _ in })
        let seconds = Date().timeIntervalSince(started)
        print("ingest stream: 20,000 records in \(result.calls) calls, \(String(format: "%.2f", seconds)) s")
        #expect(result.records == 20_000)
        #expect(result.calls == 40)
        #expect(result.failed.isEmpty && result.resent == 0)
        let objects = try await f.objects()
        #expect(objects.count == 40)
        #expect(objects.allSatisfy { $0.count == 500 })
        let counts = Self.counts(objects)
        #expect(counts.keys.sorted() == Array(1...20_000))
        #expect(counts.values.allSatisfy { $0 == 1 })
    }

    @Test func underTwentyPercentFaultsEveryRecordArrivesAndDuplicatesOnlyFromLostReplies() async throws {
        let f = try await Fixture.make()
        let seed = Int(ProcessInfo.processInfo.environment["LAKECTL_FAULT_SEED"] ?? "") ?? 20_261_204
        let proxy = try await FaultProxy.start(rate: 0.2, seed: seed, slowSeconds: 2.5)
        defer { proxy.stop() }
        let url = try StreamIngestPipelineTests.file(lines: 20_000)
        defer { try? FileManager.default.removeItem(at: url) }
        var pipeline = StreamIngestPipeline(client: proxy.client(maxAttempts: 4, timeoutSeconds: 2))
        pipeline.backoff = (0.05, 0.5)
        let result = try await pipeline.run(
            StreamIngestRequest(stream: f.stream, concurrency: 4, maxAttempts: 10),
            reader: try LineReader.open(url.path), events: { _ in })
        let stats = try await proxy.stats()
        let objects = try await f.objects()
        let counts = Self.counts(objects)
        let duplicated = counts.filter { $0.value > 1 }
        // A call stored by the emulator whose reply was lost is sent again whole: its object appears twice.
        let lostReplies = stats.count(.resetAfter) + stats.count(.truncate) + stats.count(.slow)
        var seenObjects: [[Int]: Int] = [:]
        for object in objects { seenObjects[object, default: 0] += 1 }
        let duplicateObjects = seenObjects.values.reduce(0) { $0 + $1 - 1 }
        print(
            "ingest stream under faults: \(stats.summary); calls \(result.calls), resent \(result.resent), "
                + "objects \(objects.count), duplicate objects \(duplicateObjects), duplicated records \(duplicated.count), "
                + "lost replies \(lostReplies)")
        #expect(stats.faultsTotal > 0)
        #expect(result.failed.isEmpty)
        #expect(result.records == 20_000)
        #expect(counts.keys.sorted() == Array(1...20_000), "every record arrived")
        #expect(duplicateObjects <= lostReplies)
        #expect(duplicated.count <= duplicateObjects * FirehoseClient.maxBatchRecords)
        #expect(duplicated.values.allSatisfy { $0 <= 1 + lostReplies })
    }

    @Test func recordsReadFromAPipeLikeStdinArriveInOrderWithOversizedNamed() async throws {
        let f = try await Fixture.make()
        let pipe = Pipe()
        let writer = pipe.fileHandleForWriting
        let big = "{\"line\":0,\"pad\":\"" + String(repeating: "x", count: FirehoseClient.maxRecordBytes) + "\"}\n"
        Thread.detachNewThread {
            for line in 1...1_200 {
                writer.write(Data((line == 700 ? big : "{\"line\":\(line)}\n").utf8))
            }
            // The last line has no newline: it is sent with one added.
            writer.write(Data("{\"line\":1201}".utf8))
            try? writer.close()
        }
        let result = try await StreamIngestPipeline(client: f.client).run(
            StreamIngestRequest(stream: f.stream, concurrency: 1),
            reader: LineReader(handle: pipe.fileHandleForReading),
            events: { _ in })
        #expect(result.oversized.map(\.line) == [700])
        #expect(result.records == 1_200)
        let objects = try await f.objects()
        let counts = Self.counts(objects)
        #expect(counts.keys.sorted() == Array(1...699) + Array(701...1_201))
        #expect(counts.values.allSatisfy { $0 == 1 })
        #expect(objects.joined().sorted() == Array(objects.joined()).sorted())
    }
}

extension StreamIngestEmulatorTests {
    @Test func csvRowsArriveAsTypedJSONObjectsNamedByTheHeader() async throws {
        let f = try await Fixture.make()
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("stream-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: url) }
        var text = "line,user,amount,paid,note\n"
        for line in 2...1_001 {
            text +=
                "\(line),u\(line % 7),\(line).25,\(line % 2 == 0 ? "true" : "false"),\(line == 5 ? "" : "\"say \"\"hi\"\"\"")\n"
        }
        try Data(text.utf8).write(to: url)
        let result = try await StreamIngestPipeline(client: f.client).run(
            StreamIngestRequest(stream: f.stream), reader: try CSVRecordSource(path: url.path), events: { _ in })
        #expect(result.records == 1_000)
        let s3 = S3Client(client: f.client)
        var records: [[String: Any]] = []
        for object in try await s3.listAllObjects(bucket: f.bucket, prefix: "raw/clicks/") {
            let body = try await s3.getObject(bucket: f.bucket, key: object.key).bytes
            for line in String(decoding: body, as: UTF8.self).split(separator: "\n") {
                records.append(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] ?? [:])
            }
        }
        #expect(records.count == 1_000)
        let byLine = Dictionary(records.map { (($0["line"] as? Int) ?? -1, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(byLine.keys.sorted() == Array(2...1_001))
        let row = try #require(byLine[10])
        #expect(row["user"] as? String == "u3")
        #expect(row["amount"] as? Double == 10.25)
        #expect(row["paid"] as? Bool == true)
        #expect(row["note"] as? String == "say \"hi\"")
        #expect(byLine[5]?["note"] is NSNull)
    }
}
