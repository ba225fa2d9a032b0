import AWSServices
import Foundation

/// `preview DB.TABLE` and `query --local` on a Glue table: the table's data copied to a local folder laid
/// out as Hive `key=value` folders from the catalog's partitions, so the local readers see the partition
/// columns the catalog declares, wherever each partition's files are (a crawler's `2024/01/` folders, a
/// partition added at any location) and only the partitions registered, as Athena reads them.
extension LakeSession {
    /// Copies table `name` (`database.table`) into `directory`: its registered partitions each into
    /// `TABLE/key=value/…`, or, for a table without partitions (or none registered yet), everything
    /// under its location. The caller removes `directory`.
    package func mirrorTable(_ name: String, into directory: String) async throws -> S3SparseMirror {
        let parts = name.split(separator: ".").map(String.init)
        let described = try await CatalogBrowser(session: self).describe(
            database: parts[0], table: parts[1], partitions: true)
        let table = described.table
        guard let location = table.location, S3ObjectURL.isS3(location) else {
            throw RemoteSourceError.noLocation(table: name, location: table.location)
        }
        var base = try S3ObjectURL.parse(location)
        if !base.isPrefix { base.key += "/" }
        let partitions = described.partitions ?? []
        guard !table.partitionKeys.isEmpty, !partitions.isEmpty else {
            return try await mirror(base, into: directory, inferenceOnly: false)
        }
        let root = (directory as NSString).appendingPathComponent(parts[1])
        var objects = 0
        var bytes = 0
        for partition in partitions {
            // A "/" in a key or value would make two folder levels of one (or climb out with "..").
            let escape = { (text: String) in text.replacingOccurrences(of: "/", with: "%2F") }
            let folders = zip(table.partitionKeys, partition.values).map { "\(escape($0.name))=\(escape($1))" }
            var url: S3ObjectURL
            if let given = partition.location, S3ObjectURL.isS3(given) {
                url = try S3ObjectURL.parse(given)
                if !url.isPrefix { url.key += "/" }
            } else {
                // No location of its own: Hive's default, the key=value folders under the table's.
                url = S3ObjectURL(bucket: base.bucket, key: base.key + folders.joined(separator: "/") + "/")
            }
            let folder = folders.reduce(root) { ($0 as NSString).appendingPathComponent($1) }
            do {
                let copied = try await S3SparseMirror.make(
                    s3: s3, url: url, directory: directory, inferenceOnly: false, textSampleBytes: nil, root: folder)
                objects += copied.objects
                bytes += copied.objectBytes
            } catch RemoteSourceError.emptyPrefix {
                // A registered partition whose files are gone reads as no rows, as in Athena.
            }
        }
        guard objects > 0 else { throw RemoteSourceError.emptyPrefix(url: base.description) }
        return S3SparseMirror(path: root, objects: objects, objectBytes: bytes, fetched: S3FetchStats())
    }
}
