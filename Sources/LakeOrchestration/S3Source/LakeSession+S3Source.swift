import AWSServices
import Foundation
import LakeCodec

/// The entry points the local commands (`inspect`, `cat`, `profile`, `schema infer`, `crawl --dry-run`)
/// call for an `s3://` argument: Parquet objects are opened from their footer and read with ranged GETs;
/// other formats are streamed to a local file (the CSV and JSON readers read sequentially anyway).
extension LakeSession {
    /// The one object `url` names: itself, or for a prefix its only data object (a table's location
    /// as an export or a crawler leaves it: one part file beside `_SUCCESS` markers).
    package func singleObject(_ url: S3ObjectURL) async throws -> S3ObjectURL {
        guard url.isPrefix else { return url }
        let keys = try await s3.listAllObjects(bucket: url.bucket, prefix: url.key.isEmpty ? nil : url.key)
            .map(\.key).filter {
                !$0.hasSuffix("/") && SchemaInferrer.isDataFile(name: ($0 as NSString).lastPathComponent)
            }
        guard let first = keys.first else { throw RemoteSourceError.emptyPrefix(url: url.description) }
        guard keys.count == 1 else {
            throw RemoteSourceError.severalObjects(
                url: url.description, count: keys.count, first: Array(keys.prefix(3)))
        }
        return S3ObjectURL(bucket: url.bucket, key: first)
    }

    /// One Parquet object opened from its footer: a HEAD for the size, then the leading magic and the
    /// last 4 KiB in parallel (and the rest of a larger footer). No column chunk is fetched. A prefix
    /// means its only data object (`singleObject`).
    package func openRemoteParquet(_ url: S3ObjectURL) async throws -> RemoteParquetFile {
        let url = try await singleObject(url)
        let size = try await s3.headObject(bucket: url.bucket, key: url.key).contentLength
        return try await RemoteParquetFile.open(S3ByteSource(s3: s3, url: url, size: Int(size)))
    }

    /// The first `count` bytes of an object (fewer when it is smaller) and its size, to tell its format.
    package func remoteObjectHead(_ url: S3ObjectURL, count: Int) async throws -> (head: [UInt8], size: Int) {
        let size = Int(try await s3.headObject(bucket: url.bucket, key: url.key).contentLength)
        guard size > 0, count > 0 else { return ([], size) }
        let source = S3ByteSource(s3: s3, url: url, size: size)
        let range = ByteRange(offset: 0, count: min(count, size))
        try await source.fetch([range])
        return (try source.bytes.read(offset: 0, count: range.count, what: "head"), size)
    }

    /// Streams a whole object to `path` (created or replaced), never holding it in memory.
    package func downloadObject(_ url: S3ObjectURL, to path: String) async throws {
        try await s3.getObject(bucket: url.bucket, key: url.key, toFile: path)
    }

    /// A local folder (or file) standing in for `url`, an object or a prefix, for the commands that read
    /// folders by path: sparse files holding footers and samples for inference (`inferenceOnly`), or
    /// whole copies. See `S3SparseMirror`; the caller removes `directory`.
    package func mirror(
        _ url: S3ObjectURL, into directory: String, inferenceOnly: Bool, textSampleBytes: Int? = nil
    ) async throws -> S3SparseMirror {
        try await S3SparseMirror.make(
            s3: s3, url: url, directory: directory, inferenceOnly: inferenceOnly, textSampleBytes: textSampleBytes)
    }
}
