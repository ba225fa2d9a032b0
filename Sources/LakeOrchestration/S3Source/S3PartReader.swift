import Foundation
import LakeCodec
import LakeFilter

/// The parts of a `ParquetDataset` read in place from S3 for LakeFilter's synchronous scans (`preview`,
/// `query --local`): opening a part fetches its footer by ranged GETs, `prepare` the column chunks of
/// the row groups the scan is about to decode (in parallel, chunks of earlier row groups dropped), and
/// nothing else is fetched. Each call blocks its thread until the bytes are in (`BlockingWait`), so scans
/// must run on a thread of their own, never on Swift's concurrency pool.
package final class S3PartReader: DatasetPartReader, @unchecked Sendable {
    private let session: LakeSession
    /// The objects by URL text, the `path` of each part.
    private let objects: [String: LakeSession.PrefixObject]
    private let lock = NSLock()
    /// The part opened last, whose chunks `prepare` fetches; the first part is kept after the dataset's
    /// columns were read from it, so the first scan does not fetch its footer again.
    private var current: RemoteParquetFile?
    private var counted = S3FetchStats()
    private var openedCount = 0

    init(session: LakeSession, objects: [LakeSession.PrefixObject], first: RemoteParquetFile?) {
        self.session = session
        self.objects = Dictionary(objects.map { ($0.url.description, $0) }, uniquingKeysWith: { a, _ in a })
        current = first
        if let first { count(first.stats, opened: 1) }
    }

    /// What was fetched so far: GETs and bytes, and how many objects were opened.
    package var fetched: (stats: S3FetchStats, opened: Int) {
        lock.lock()
        defer { lock.unlock() }
        return (counted, openedCount)
    }

    /// Every object the dataset's parts name, and their total size.
    package var objectCount: Int { objects.count }
    package var objectBytes: Int { objects.values.reduce(0) { $0 + $1.size } }

    package func open(_ part: ParquetDataset.Part) throws -> ParquetFile {
        guard let object = objects[part.path] else {
            throw RemoteSourceError.notListed(url: part.path)
        }
        if let held = held(), held.source.url == object.url { return held.parquet }
        let session = self.session
        let remote = try BlockingWait.run { try await session.openRemoteParquet(object) }
        lock.lock()
        current = remote
        lock.unlock()
        count(remote.stats, opened: 1)
        return remote.parquet
    }

    package func prepare(_ file: ParquetFile, rowGroups: [Int], leaves: [Int]) throws {
        guard let remote = held(), remote.parquet.path == file.path else {
            throw RemoteSourceError.notListed(url: file.path)
        }
        let before = remote.stats
        try BlockingWait.run { try await remote.fetch(rowGroups: rowGroups, leaves: leaves) }
        let after = remote.stats
        count(S3FetchStats(requests: after.requests - before.requests, bytes: after.bytes - before.bytes), opened: 0)
    }

    private func held() -> RemoteParquetFile? {
        lock.lock()
        defer { lock.unlock() }
        return current
    }

    private func count(_ stats: S3FetchStats, opened: Int) {
        lock.lock()
        defer { lock.unlock() }
        counted.requests += stats.requests
        counted.bytes += stats.bytes
        openedCount += opened
    }
}
