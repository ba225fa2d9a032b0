import AWSServices
import Foundation
import LakeCodec

/// The bytes of one S3 object as a codec `ByteSource`: ranges are fetched with ranged GetObject calls
/// (neighbours coalesced, several in flight) before the codec reads them, and kept in a `FetchedBytes`,
/// so the codec decodes the object exactly as a local file while reading only what was fetched.
package final class S3ByteSource: Sendable {
    package let url: S3ObjectURL
    package let bytes: FetchedBytes
    private let s3: S3Client
    private let counter = Counter()

    /// Column chunks closer than this are fetched as one request (a request costs more than reading a
    /// few KiB twice), while chunks of columns not asked for further apart are skipped.
    static let coalesceGap = 32 << 10
    /// Ranges larger than this are split so one slow or failed request retries only its part.
    static let maxRequestSize = 16 << 20
    /// Ranged GETs in flight at once for one object.
    static let parallelism = 8

    init(s3: S3Client, url: S3ObjectURL, size: Int) {
        self.s3 = s3
        self.url = url
        self.bytes = FetchedBytes(name: url.description, size: size)
    }

    package var stats: S3FetchStats { counter.value }

    /// Fetches whatever part of `ranges` is not held yet: coalesced, split into requests of at most
    /// `maxRequestSize`, up to `parallelism` at a time. Each GET is retried by the client's retry policy.
    package func fetch(_ ranges: [ByteRange], coalescingGap: Int = coalesceGap) async throws {
        let clipped = ranges.compactMap { r -> ByteRange? in
            let start = max(0, r.offset)
            let end = min(bytes.size, r.end)
            return end > start ? ByteRange(offset: start, count: end - start) : nil
        }
        let requests = ByteRange.coalesce(bytes.missing(clipped), gap: coalescingGap).flatMap(Self.split)
        guard !requests.isEmpty else { return }
        try await withThrowingTaskGroup(of: Void.self) { group in
            var next = 0
            func add() {
                let range = requests[next]
                next += 1
                group.addTask { try await self.get(range) }
            }
            while next < min(Self.parallelism, requests.count) { add() }
            while try await group.next() != nil {
                if next < requests.count { add() }
            }
        }
    }

    private func get(_ range: ByteRange) async throws {
        let reply = try await s3.getObject(bucket: url.bucket, key: url.key, range: range.httpRange)
        counter.add(bytes: reply.bytes.count)
        guard reply.bytes.count == range.count else {
            throw RemoteSourceError.shortRead(url: url.description, range: range.description, got: reply.bytes.count)
        }
        bytes.store(reply.bytes, at: range.offset)
    }

    static func split(_ range: ByteRange) -> [ByteRange] {
        stride(from: range.offset, to: range.end, by: maxRequestSize).map {
            ByteRange(offset: $0, count: min(maxRequestSize, range.end - $0))
        }
    }

    /// Request and byte counts, updated by concurrent fetches.
    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var stats = S3FetchStats()
        var value: S3FetchStats { lock.withLock { stats } }
        func add(bytes: Int) {
            lock.withLock {
                stats.requests += 1
                stats.bytes += bytes
            }
        }
    }
}
