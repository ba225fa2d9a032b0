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
        let layout = try await tableLayout(name)
        guard let partitions = layout.partitions else {
            return try await mirror(layout.base, into: directory, inferenceOnly: false)
        }
        let root = (directory as NSString).appendingPathComponent(String(name.split(separator: ".")[1]))
        var objects = 0
        var bytes = 0
        for partition in partitions {
            let folders = Self.partitionFolders(keys: layout.table.partitionKeys.map(\.name), values: partition.values)
            let folder = folders.reduce(root) { ($0 as NSString).appendingPathComponent($1) }
            do {
                let copied = try await S3SparseMirror.make(
                    s3: s3, url: partition.url, directory: directory, inferenceOnly: false, textSampleBytes: nil,
                    root: folder)
                objects += copied.objects
                bytes += copied.objectBytes
            } catch RemoteSourceError.emptyPrefix {
                // A registered partition whose files are gone reads as no rows, as in Athena.
            }
        }
        guard objects > 0 else { throw RemoteSourceError.emptyPrefix(url: layout.base.description) }
        return S3SparseMirror(path: root, objects: objects, objectBytes: bytes, fetched: S3FetchStats())
    }
}
