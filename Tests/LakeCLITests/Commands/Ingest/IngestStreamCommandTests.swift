import AWSCore
import AWSServices
import Foundation
import LakeTestSupport
import Testing

/// `lakectl ingest stream` as a producer runs it: the binary, JSON lines on stdin or in a file, the
/// emulator (signature checking on), and the records read back from the bucket moto wrote them to.
@Suite struct IngestStreamCommandTests {
    struct Setup {
        let emulator: Emulator
        let bucket: String
        let stream: String

        static func make() async throws -> Setup {
            let emulator = try Emulator.current()
            let bucket = Emulator.uniqueName("cliingest")
            try await S3Client(client: emulator.client()).createBucket(bucket, region: emulator.region)
            let stream = Emulator.uniqueName("events")
            let created = try await CLIRunner.run(
                ["stream", "create", stream, "--bucket", bucket, "--prefix", "raw/", "--poll-interval", "0.05"],
                environment: emulator.environment())
            #expect(created.status == 0, "\(created.stderr)")
            return Setup(emulator: emulator, bucket: bucket, stream: stream)
        }

        func delivered() async throws -> [String] {
            let s3 = S3Client(client: emulator.client())
            var lines: [String] = []
            for object in try await s3.listAllObjects(bucket: bucket, prefix: "raw/") {
                let body = try await s3.getObject(bucket: bucket, key: object.key).bytes
                lines += String(decoding: body, as: UTF8.self).split(separator: "\n").map(String.init)
            }
            return lines
        }
    }

    @Test func stdinRecordsArriveOnceWithCountsAndAnOversizedLineNamed() async throws {
        let setup = try await Setup.make()
        let big = "{\"pad\":\"" + String(repeating: "x", count: 1_000 * 1024) + "\"}"
        var input = (1...1_500).map { "{\"n\":\($0)}" }
        input[9] = big
        let result = try await CLIRunner.run(
            ["ingest", "stream", setup.stream, "--concurrency", "3", "--output", "json"],
            environment: setup.emulator.environment(), stdin: input.joined(separator: "\n") + "\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("line 10:"), "\(result.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any] ?? [:]
        #expect(json["records"] as? Int == 1_499)
        #expect(json["calls"] as? Int == 3)
        #expect(json["failed"] as? Int == 0)
        #expect(json["skippedOversized"] as? Int == 1)
        let lines = try await setup.delivered()
        #expect(lines.sorted() == input.enumerated().filter { $0.offset != 9 }.map(\.element).sorted())
    }

    @Test func aFileWithSkipLinesSendsOnlyTheRest() async throws {
        let setup = try await Setup.make()
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ingest-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data((1...100).map { "{\"n\":\($0)}\n" }.joined().utf8).write(to: url)
        let result = try await CLIRunner.run(
            ["ingest", "stream", setup.stream, "--file", url.path, "--skip-lines", "60", "--max-batch-records", "7"],
            environment: setup.emulator.environment())
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try await setup.delivered().sorted() == (61...100).map { "{\"n\":\($0)}" }.sorted())
    }

    @Test func anUnknownStreamFailsWithTheResumeAdvice() async throws {
        let emulator = try Emulator.current()
        let result = try await CLIRunner.run(
            ["ingest", "stream", "no-such-stream"], environment: emulator.environment(), stdin: "{\"n\":1}\n")
        #expect(result.status == 1)
        #expect(result.stderr.contains("ResourceNotFoundException"), "\(result.stderr)")
        #expect(result.stderr.contains("--skip-lines 0"), "\(result.stderr)")
    }

    @Test func csvFormatSendsTypedObjectsAndRefusesStdin() async throws {
        let setup = try await Setup.make()
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ingest-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data("id,city,score\n1,Oslo,2.5\n2,Lima,\n3,Kyiv,4\n".utf8).write(to: url)
        let result = try await CLIRunner.run(
            ["ingest", "stream", setup.stream, "--file", url.path, "--format", "csv"],
            environment: setup.emulator.environment())
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            try await setup.delivered().sorted() == [
                #"{"id":1,"city":"Oslo","score":2.5}"#, #"{"id":2,"city":"Lima","score":null}"#,
                #"{"id":3,"city":"Kyiv","score":4}"#,
            ])
        let refused = try await CLIRunner.run(
            ["ingest", "stream", setup.stream, "--format", "csv"], environment: setup.emulator.environment(),
            stdin: "a\n")
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("--file"), "\(refused.stderr)")
    }
}
