import AWSServices
import Foundation
import LakeCodec

/// An S3 object or prefix laid out as a local folder for the readers that walk folders by path (the
/// crawl planner, `schema infer`, `preview`), with the same layout below the prefix (so the same tables
/// and Hive partitions) and a root named after the prefix's last folder (so the same table names).
///
/// For inference (`inferenceOnly`) each file is sparse: its object's true size, holding only the bytes
/// inference reads — a Parquet object's leading magic and footer (ranged GETs), a plain-text object's
/// first `textSampleBytes` (the crawler samples the first 1 MB); a compressed object, or a text object
/// when no sample size is given, is copied whole. The holes are never read, so only footers and samples
/// cross the network. Otherwise every object is copied whole (streamed to disk, not held in memory).
package struct S3SparseMirror: Sendable {
    /// The local folder standing for the prefix, or the file standing for the object.
    package let path: String
    /// Objects mirrored, and the sum of their sizes.
    package let objects: Int
    package let objectBytes: Int
    /// What the ranged GETs fetched (whole-object copies not included).
    package let fetched: S3FetchStats

    /// What Glue's rules read of a text object (the crawler samples the first 1 MB), with room for the
    /// JSON line that crosses the 1 MB mark.
    package static let glueTextSampleBytes = 2 << 20

    /// `excluding` is asked about each key relative to the prefix (a crawler's exclude patterns); the keys
    /// it answers true for are not mirrored.
    static func make(
        s3: S3Client, url: S3ObjectURL, directory: String, inferenceOnly: Bool, textSampleBytes: Int?,
        excluding: (String) -> Bool = { _ in false }, root exactRoot: String? = nil
    ) async throws -> S3SparseMirror {
        let listed: [S3Object]
        let parent: String
        if url.isPrefix {
            listed = try await s3.listAllObjects(bucket: url.bucket, prefix: url.key.isEmpty ? nil : url.key)
                .filter { !$0.key.hasSuffix("/") }
            guard !listed.isEmpty else { throw RemoteSourceError.emptyPrefix(url: url.description) }
            parent = url.key
        } else {
            let size = try await s3.headObject(bucket: url.bucket, key: url.key).contentLength
            listed = [S3Object(key: url.key, size: size)]
            parent = url.key.lastIndex(of: "/").map { String(url.key[...$0]) } ?? ""
        }
        // The root keeps the name of the folder the objects are in ("" → the bucket's name).
        let folderName = parent.split(separator: "/").last.map(String.init) ?? url.bucket
        // `exactRoot` (a partition's folder in a table's mirror) replaces that name.
        let root = exactRoot ?? (directory as NSString).appendingPathComponent(folderName)
        var stats = S3FetchStats()
        var total = 0
        var mirrored = 0
        // The root exists even when every object is excluded: an empty folder plans to no tables.
        if url.isPrefix { try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true) }
        for object in listed {
            let relative = String(object.key.dropFirst(parent.count))
            // A key with a ".." folder would land outside the mirror; S3 allows it, a data layout never has it.
            guard !relative.split(separator: "/").contains(".."), !excluding(relative) else { continue }
            let local = (root as NSString).appendingPathComponent(relative)
            let source = S3ByteSource(
                s3: s3, url: S3ObjectURL(bucket: url.bucket, key: object.key), size: Int(object.size))
            try await fill(
                source, s3: s3, local: local, inferenceOnly: inferenceOnly, textSampleBytes: textSampleBytes)
            stats.requests += source.stats.requests
            stats.bytes += source.stats.bytes
            total += Int(object.size)
            mirrored += 1
        }
        let path =
            url.isPrefix ? root : (root as NSString).appendingPathComponent(String(url.key.dropFirst(parent.count)))
        return S3SparseMirror(path: path, objects: mirrored, objectBytes: total, fetched: stats)
    }

    /// Writes `local`: the object whole, or a sparse file holding what inference of it reads.
    private static func fill(
        _ source: S3ByteSource, s3: S3Client, local: String, inferenceOnly: Bool, textSampleBytes: Int?
    ) async throws {
        let size = source.bytes.size
        try FileManager.default.createDirectory(
            atPath: (local as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let isData = SchemaInferrer.isDataFile(name: (local as NSString).lastPathComponent)
        if !inferenceOnly && size > 0 && isData {
            try await s3.getObject(bucket: source.url.bucket, key: source.url.key, toFile: local)
            return
        }
        if size > 0 && isData {
            if try await RemoteParquetFile.fetchFooter(source) {
                // The footer is all a Parquet file's inference reads.
            } else if let textSampleBytes,
                try !source.bytes.read(offset: 0, count: min(2, size), what: "head").starts(with: [0x1F, 0x8B])
            {
                try await source.fetch([ByteRange(offset: 0, count: min(size, textSampleBytes))], coalescingGap: 0)
            } else {
                try await s3.getObject(bucket: source.url.bucket, key: source.url.key, toFile: local)
                return
            }
        }
        guard FileManager.default.createFile(atPath: local, contents: nil),
            let handle = FileHandle(forWritingAtPath: local)
        else { throw CodecError.io(path: local, reason: "cannot create a local mirror file") }
        defer { try? handle.close() }
        for piece in source.bytes.held {
            try handle.seek(toOffset: UInt64(piece.offset))
            try handle.write(contentsOf: piece.bytes)
        }
        try handle.truncate(atOffset: UInt64(size))
    }
}
