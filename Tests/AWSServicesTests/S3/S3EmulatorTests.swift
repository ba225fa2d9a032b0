import AWSCore
import Foundation
import Testing

@testable import AWSServices

/// S3 through the real stack against the shared emulator with signature checking on. Every test uses
/// its own bucket names, so they run in parallel with the rest of the suite.
@Suite struct S3EmulatorTests {
    @Test func bucketsAreCreatedWithTheRightLocation() async throws {
        let east = S3Client(client: try EmulatorClient.make(region: "us-east-1"))
        let eu = S3Client(client: try EmulatorClient.make(region: "eu-west-1"))
        let eastBucket = EmulatorClient.uniqueName("lake-east")
        let euBucket = EmulatorClient.uniqueName("lake-eu")
        try await east.createBucket(eastBucket)
        try await eu.createBucket(euBucket)
        #expect(try await east.getBucketLocation(eastBucket) == "us-east-1")
        #expect(try await east.getBucketLocation(euBucket) == "eu-west-1")
        try await east.headBucket(eastBucket)

        // Creating it again outside us-east-1: BucketAlreadyOwnedByYou, which "ensure" callers accept.
        let again = await #expect(throws: AWSError.self) { try await eu.createBucket(euBucket) }
        #expect(again?.hasCode(S3Client.ErrorCode.bucketAlreadyOwnedByYou) == true)

        let nope = EmulatorClient.uniqueName("nope")
        let missing = await #expect(throws: AWSError.self) { try await east.headBucket(nope) }
        #expect(missing?.code == "NoSuchBucket")
        // The real reason, not a guess about the (empty or HTML) body a HEAD reply carries.
        #expect(missing?.description.contains("the bucket \(nope) does not exist") == true)
        try await east.deleteBucket(eastBucket)
        try await eu.deleteBucket(euBucket)
    }

    @Test func objectsWithAwkwardKeysRoundTrip() async throws {
        let s3 = S3Client(client: try EmulatorClient.make())
        let bucket = EmulatorClient.uniqueName("lake-keys")
        try await s3.createBucket(bucket)
        let keys = ["plain.txt", "with space/a b.csv", "plus+sign=1.json", "données/été ünï.parquet", "q?&#%.bin"]
        for (index, key) in keys.enumerated() {
            try await s3.putObject(
                bucket: bucket, key: key, bytes: Array("object \(index)".utf8), contentType: "text/plain")
        }
        for (index, key) in keys.enumerated() {
            let (bytes, metadata) = try await s3.getObject(bucket: bucket, key: key)
            #expect(String(decoding: bytes, as: UTF8.self) == "object \(index)")
            #expect(metadata.contentLength == Int64(bytes.count))
            #expect(try await s3.headObject(bucket: bucket, key: key).contentLength == Int64(bytes.count))
        }
        let listed = try await s3.listAllObjects(bucket: bucket)
        #expect(Set(listed.map(\.key)) == Set(keys))

        let folders = try await s3.listObjectsV2(bucket: bucket, delimiter: "/")
        #expect(Set(folders.commonPrefixes) == ["with space/", "données/"])

        let gone = await #expect(throws: AWSError.self) { try await s3.headObject(bucket: bucket, key: "nothing here") }
        #expect(gone?.code == "NoSuchKey")
        let noBody = await #expect(throws: AWSError.self) {
            try await s3.getObject(bucket: bucket, key: "nothing here")
        }
        #expect(noBody?.code == "NoSuchKey")
        let target = FileManager.default.temporaryDirectory.appendingPathComponent(EmulatorClient.uniqueName("missing"))
        let noFile = await #expect(throws: AWSError.self) {
            try await s3.getObject(bucket: bucket, key: "nothing here", toFile: target.path)
        }
        #expect(noFile?.code == "NoSuchKey")
        #expect(!FileManager.default.fileExists(atPath: target.path))

        try await s3.deleteObject(bucket: bucket, key: keys[0])
        let failures = try await s3.deleteObjects(bucket: bucket, keys: Array(keys.dropFirst()))
        #expect(failures.isEmpty)
        #expect(try await s3.listAllObjects(bucket: bucket).isEmpty)
        try await s3.deleteBucket(bucket)
    }

    /// 1,001 keys in pages of 1,000 (S3's cap) and of 250: every key once, in order, then batch delete
    /// over the 1,000-key DeleteObjects limit. Four writers only: the machine is shared with timing tests.
    @Test func listingPagesWithContinuationTokens() async throws {
        let s3 = S3Client(client: try EmulatorClient.make())
        let bucket = EmulatorClient.uniqueName("lake-pages")
        try await s3.createBucket(bucket)
        let keys = (0..<1001).map { String(format: "part/%05d.parquet", $0) }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for chunk in stride(from: 0, to: keys.count, by: 251) {
                group.addTask {
                    for key in keys[chunk..<min(keys.count, chunk + 251)] {
                        try await s3.putObject(bucket: bucket, key: key, bytes: [1])
                    }
                }
            }
            try await group.waitForAll()
        }
        var pages: [Int] = []
        var seen: [String] = []
        for try await page in s3.listObjectsV2Pages(bucket: bucket, prefix: "part/") {
            pages.append(page.objects.count)
            seen += page.objects.map(\.key)
        }
        #expect(pages == [1000, 1])
        #expect(seen == keys)
        let small = try await s3.listObjectsV2Pages(bucket: bucket, prefix: "part/", maxKeys: 250).collect()
        #expect(small.map(\.objects.count) == [250, 250, 250, 250, 1])
        #expect(small.flatMap(\.objects).map(\.key) == keys)

        #expect(try await s3.deleteObjects(bucket: bucket, keys: keys).isEmpty)
        #expect(try await s3.listAllObjects(bucket: bucket).isEmpty)
        try await s3.deleteBucket(bucket)
    }

    /// A ~12 MiB file goes up as three parts (5 + 5 + 2 MiB) and comes back byte for byte, streamed
    /// to disk; a small file takes the single-PUT path.
    @Test func multipartUploadAndStreamedDownload() async throws {
        let s3 = S3Client(client: try EmulatorClient.make())
        let bucket = EmulatorClient.uniqueName("lake-multi")
        try await s3.createBucket(bucket)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            EmulatorClient.uniqueName("s3test"))
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }

        var generator = SystemRandomNumberGenerator()
        let size = 12 * 1_048_576 + 12_345
        var bytes = [UInt8](repeating: 0, count: size)
        for index in stride(from: 0, to: size, by: 8) {
            let word = generator.next()
            for offset in 0..<min(8, size - index) {
                bytes[index + offset] = UInt8(truncatingIfNeeded: word >> (offset * 8))
            }
        }
        let source = directory.appendingPathComponent("big.bin")
        try Data(bytes).write(to: source)

        let key = "uploads/big file+1.bin"
        let result = try await s3.upload(
            file: source.path, bucket: bucket, key: key, multipartThreshold: 5 * 1_048_576, partSize: 5 * 1_048_576)
        #expect(result.partCount == 3)
        #expect(result.size == Int64(size))
        #expect(result.eTag?.hasSuffix("-3\"") == true)

        let target = directory.appendingPathComponent("back.bin")
        let metadata = try await s3.getObject(bucket: bucket, key: key, toFile: target.path)
        #expect(metadata.contentLength == Int64(size))
        #expect(try Data(contentsOf: target) == Data(bytes))

        let small = directory.appendingPathComponent("small.txt")
        try Data("small".utf8).write(to: small)
        let single = try await s3.upload(file: small.path, bucket: bucket, key: "small.txt")
        #expect(single.partCount == 0)
        #expect(try await s3.getObject(bucket: bucket, key: "small.txt").bytes == Array("small".utf8))

        try await s3.deleteObjects(bucket: bucket, keys: [key, "small.txt"])
        try await s3.deleteBucket(bucket)
    }

    /// A part under 5 MiB that is not the last is refused at completion; the upload is then aborted.
    @Test func aTooSmallPartFailsAndTheUploadIsAborted() async throws {
        let s3 = S3Client(client: try EmulatorClient.make())
        let bucket = EmulatorClient.uniqueName("lake-small")
        try await s3.createBucket(bucket)
        let key = "tiny-parts.bin"
        let uploadId = try await s3.createMultipartUpload(bucket: bucket, key: key)
        let first = try await s3.uploadPart(
            bucket: bucket, key: key, uploadId: uploadId, partNumber: 1, bytes: [UInt8](repeating: 1, count: 1024))
        let second = try await s3.uploadPart(bucket: bucket, key: key, uploadId: uploadId, partNumber: 2, bytes: [2])
        let error = await #expect(throws: AWSError.self) {
            try await s3.completeMultipartUpload(bucket: bucket, key: key, uploadId: uploadId, parts: [first, second])
        }
        #expect(error?.code == "EntityTooSmall")
        try await s3.abortMultipartUpload(bucket: bucket, key: key, uploadId: uploadId)
        try await s3.deleteBucket(bucket)
    }
}
