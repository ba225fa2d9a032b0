import AWSServices
import Foundation
import LakeCodec
import LakeFilter

/// `preview` and `query --local` on S3 Parquet data, read in place: the objects are listed, the first
/// one's footer gives the columns, and each scan fetches only the footers and column chunks it reads
/// (`S3PartReader`), never whole objects and never through a temporary copy.
extension LakeSession {
    /// A dataset over S3 objects and the reader that fetches for it (and counts what it fetched).
    package struct InPlaceDataset: Sendable {
        package var dataset: ParquetDataset
        package var reader: S3PartReader
    }

    /// The Parquet objects at `url` — one `.parquet` object, or the `.parquet` objects under a prefix with
    /// Hive `key=value` folders as partition columns, as `ParquetDataset.open` reads a local folder — read
    /// in place. Nil when there are none (an object or prefix of CSV or JSON lines is read whole, through
    /// `mirror`).
    package func inPlaceDataset(_ url: S3ObjectURL) async throws -> InPlaceDataset? {
        var found: [PrefixObject]
        if url.isPrefix {
            do {
                found = try await objects(under: url, isData: ParquetDataset.isPart(name:))
            } catch RemoteSourceError.emptyPrefix {
                return nil
            }
        } else {
            guard ParquetDataset.isPart(name: (url.key as NSString).lastPathComponent) else { return nil }
            let size = Int(try await s3.headObject(bucket: url.bucket, key: url.key).contentLength)
            found = [PrefixObject(url: url, size: size, folders: [])]
        }
        found.sort { $0.url.key < $1.url.key }
        let (parts, partitionKeys) = ParquetDataset.layout(found.map { ($0.url.description, $0.folders) })
        return try await inPlace(parts: parts, partitionKeys: partitionKeys, objects: found)
    }

    /// Glue table `name` (`database.table`) read in place as Athena reads it: each registered partition's
    /// Parquet objects (every one under the partition's location, whatever folders lie below it) with the
    /// catalog's partition keys as string columns holding the partition's values; a table without
    /// partitions (or none registered yet), everything under its location. Nil when its objects are not
    /// Parquet (`mirrorTable` reads those whole).
    package func inPlaceTable(_ name: String) async throws -> InPlaceDataset? {
        let layout = try await tableLayout(name)
        guard let partitions = layout.partitions else { return try await inPlaceDataset(layout.base) }
        // The names a local copy's `key=value` folders would give the keys (lower-cased, sanitised).
        let keyFolders = layout.table.partitionKeys.map { "\($0.name)=" }
        let partitionKeys = HivePartitions.keys([keyFolders])
        var found: [(object: PrefixObject, values: [String])] = []
        var sawOtherData = false
        for partition in partitions {
            let listed: [PrefixObject]
            do {
                listed = try await objects(under: partition.url, isData: { !$0.hasPrefix(".") && !$0.hasPrefix("_") })
            } catch RemoteSourceError.emptyPrefix {
                // A registered partition whose files are gone reads as no rows, as in Athena.
                continue
            }
            let parquet = listed.filter { ParquetDataset.isPart(name: ($0.url.key as NSString).lastPathComponent) }
            if parquet.count < listed.count { sawOtherData = true }
            found += parquet.map { ($0, partition.values) }
        }
        guard !found.isEmpty else {
            if sawOtherData { return nil }
            throw RemoteSourceError.emptyPrefix(url: layout.base.description)
        }
        // Partition order as a local copy's folders would list them, then key order within one.
        found.sort {
            ($0.values.lexicographicallyPrecedes($1.values))
                || ($0.values == $1.values && $0.object.url.key < $1.object.url.key)
        }
        let parts = found.map { ParquetDataset.Part(path: $0.object.url.description, partitionValues: $0.values) }
        return try await inPlace(parts: parts, partitionKeys: partitionKeys, objects: found.map(\.object))
    }

    private func inPlace(
        parts: [ParquetDataset.Part], partitionKeys: [GlueField], objects: [PrefixObject]
    ) async throws -> InPlaceDataset {
        guard let first = objects.first(where: { $0.url.description == parts[0].path }) else {
            throw RemoteSourceError.notListed(url: parts[0].path)
        }
        let opened = try await openRemoteParquet(first)
        let reader = S3PartReader(session: self, objects: objects, first: opened)
        let fields = try ParquetDataset.fileFields(of: opened.parquet, partitionKeys: partitionKeys)
        return InPlaceDataset(
            dataset: ParquetDataset(parts: parts, fileFields: fields, partitionKeys: partitionKeys, reader: reader),
            reader: reader)
    }
}
