import AWSServices
import Foundation

/// `cat` and `profile` on an `s3://bucket/prefix/` holding several Parquet files: the objects under the
/// prefix with their folders below it (so the caller can read `key=value` folders as partitions, as for a
/// local folder), each opened from its footer only when it is read.
extension LakeSession {
    /// One object under a prefix: its URL, size (from the listing, so opening it needs no HEAD) and the
    /// folders between the prefix and its name.
    package struct PrefixObject: Sendable, Equatable {
        package var url: S3ObjectURL
        package var size: Int
        package var folders: [String]
    }

    /// The objects under prefix `url` whose names `isData` accepts, in key order; an empty answer is a
    /// typed error naming the prefix.
    package func objects(under url: S3ObjectURL, isData: (String) -> Bool) async throws -> [PrefixObject] {
        let listed = try await s3.listAllObjects(bucket: url.bucket, prefix: url.key.isEmpty ? nil : url.key)
        let found = listed.compactMap { object -> PrefixObject? in
            let relative = object.key.dropFirst(url.key.count).split(separator: "/").map(String.init)
            guard let name = relative.last, !object.key.hasSuffix("/"), isData(name),
                !relative.dropLast().contains(where: { $0.hasPrefix(".") || $0.hasPrefix("_") })
            else { return nil }
            return PrefixObject(
                url: S3ObjectURL(bucket: url.bucket, key: object.key), size: Int(object.size),
                folders: Array(relative.dropLast()))
        }
        guard !found.isEmpty else { throw RemoteSourceError.emptyPrefix(url: url.description) }
        return found.sorted { $0.url.key < $1.url.key }
    }

    /// A Parquet object of known size opened from its footer (no HEAD, no column chunk).
    package func openRemoteParquet(_ object: PrefixObject) async throws -> RemoteParquetFile {
        try await RemoteParquetFile.open(S3ByteSource(s3: s3, url: object.url, size: object.size))
    }
}
