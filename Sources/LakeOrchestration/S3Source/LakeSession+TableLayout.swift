import AWSServices
import Foundation

/// Where a Glue table's data lies, as Athena finds it: one walk of the catalog that both readers of a
/// table share — read in place (`inPlaceTable`) and copied to local folders (`mirrorTable`) — so that
/// they agree on which partitions count and where each one's objects are.
extension LakeSession {
    /// A Glue table's catalog entry and the S3 folders holding its rows.
    struct TableLayout: Sendable {
        /// One registered partition: its values (in partition-key order) and the folder of its objects.
        struct Partition: Sendable {
            var values: [String]
            var url: S3ObjectURL
        }

        var table: CatalogTable
        /// The table's location as a folder (`…/`).
        var base: S3ObjectURL
        /// The registered partitions; nil when the table has no partition keys or none registered yet, and
        /// then everything under `base` is the table's.
        var partitions: [Partition]?
    }

    /// Table `name` (`database.table`): its catalog entry, and each registered partition's folder — the
    /// partition's own location, or Hive's default `key=value/…` folders under the table's ("/" in a
    /// key or value escaped as `%2F`, as Hive escapes it, so one value never makes two folder levels).
    func tableLayout(_ name: String) async throws -> TableLayout {
        let names = name.split(separator: ".").map(String.init)
        let described = try await CatalogBrowser(session: self).describe(
            database: names[0], table: names[1], partitions: true)
        let table = described.table
        guard let location = table.location, S3ObjectURL.isS3(location) else {
            throw RemoteSourceError.noLocation(table: name, location: table.location)
        }
        var base = try S3ObjectURL.parse(location)
        if !base.isPrefix { base.key += "/" }
        let registered = described.partitions ?? []
        guard !table.partitionKeys.isEmpty, !registered.isEmpty else {
            return TableLayout(table: table, base: base, partitions: nil)
        }
        let partitions = try registered.map { partition in
            if let given = partition.location, S3ObjectURL.isS3(given) {
                var url = try S3ObjectURL.parse(given)
                if !url.isPrefix { url.key += "/" }
                return TableLayout.Partition(values: partition.values, url: url)
            }
            let folders = Self.partitionFolders(keys: table.partitionKeys.map(\.name), values: partition.values)
            let url = S3ObjectURL(bucket: base.bucket, key: base.key + folders.joined(separator: "/") + "/")
            return TableLayout.Partition(values: partition.values, url: url)
        }
        return TableLayout(table: table, base: base, partitions: partitions)
    }

    /// The `key=value` folder names of one partition, a "/" in a key or value escaped as `%2F` (it would
    /// make two folder levels of one, or climb out with "..").
    static func partitionFolders(keys: [String], values: [String]) -> [String] {
        let escape = { (text: String) in text.replacingOccurrences(of: "/", with: "%2F") }
        return zip(keys, values).map { "\(escape($0))=\(escape($1))" }
    }
}
