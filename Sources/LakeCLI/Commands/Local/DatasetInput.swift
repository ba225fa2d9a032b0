import Foundation
import LakeCodec
import LakeFilter
import LakeOrchestration

/// `cat` and `profile` on a local folder or an `s3://bucket/prefix/` of Parquet files, read as `preview`
/// reads them (`ParquetDataset`: the files' columns, then one string column per Hive `key=value` folder
/// level), so a prefix prints what its local copy prints. Files are opened one at a time, an S3 object
/// from its footer with ranged GETs, and its column chunks fetched as they are read.
final class DatasetInput {
    private(set) var dataset: ParquetDataset
    /// The argument as given, for messages.
    let name: String
    private let session: LakeSession?
    private let objects: [String: LakeSession.PrefixObject]
    private var fetched = S3FetchStats()
    private var opened = 0
    /// The first object, opened to read the table's columns, handed out again by the first `open`.
    private var first: RemoteParquetFile?

    private init(
        dataset: ParquetDataset, name: String, session: LakeSession?, objects: [String: LakeSession.PrefixObject]
    ) {
        self.dataset = dataset
        self.name = name
        self.session = session
        self.objects = objects
    }

    /// The dataset `path` names when it is a local folder or an `s3://` prefix holding `.parquet` files;
    /// nil for a single file or object, and for a prefix without `.parquet` names (read as one object,
    /// whatever its name, by `LocalInput`).
    static func open(_ path: String, common: CommonOptions) async throws -> DatasetInput? {
        guard S3ObjectURL.isS3(path) else {
            guard LocalPath.entry(path)?.isDirectory == true else { return nil }
            let dataset = try ParquetDataset.open(path)
            return DatasetInput(dataset: dataset, name: path, session: nil, objects: [:])
        }
        let url = try S3ObjectURL.parse(path)
        guard url.isPrefix else { return nil }
        let session = try common.session()
        let found: [LakeSession.PrefixObject]
        do {
            found = try await session.objects(under: url, isData: ParquetDataset.isPart(name:))
        } catch RemoteSourceError.emptyPrefix {
            return nil
        }
        let (parts, partitionKeys) = ParquetDataset.layout(found.map { ($0.url.description, $0.folders) })
        let objects = Dictionary(found.map { ($0.url.description, $0) }, uniquingKeysWith: { a, _ in a })
        let input = DatasetInput(
            dataset: ParquetDataset(parts: parts, fileFields: [], partitionKeys: partitionKeys), name: path,
            session: session, objects: objects)
        let first = try await input.open(parts[0])
        input.dataset.fileFields = try ParquetDataset.fileFields(of: first.file, partitionKeys: partitionKeys)
        input.first = first.remote
        return input
    }

    /// One part opened: a local file, or an S3 object from its footer (its chunks fetched by `fetch`);
    /// every part but the first must have the first one's columns.
    func open(_ part: ParquetDataset.Part) async throws -> (file: ParquetFile, remote: RemoteParquetFile?) {
        guard let session, let object = objects[part.path] else {
            let file = try ParquetFile.open(part.path)
            try dataset.checkColumns(of: file)
            return (file, nil)
        }
        if let first, first.source.url == object.url {
            self.first = nil
            return (first.parquet, first)
        }
        let remote = try await session.openRemoteParquet(object)
        opened += 1
        fetched.requests += remote.stats.requests
        fetched.bytes += remote.stats.bytes
        if !dataset.fileFields.isEmpty { try dataset.checkColumns(of: remote.parquet) }
        return (remote.parquet, remote)
    }

    /// Brings the chunks of `fields` in `rowGroups` of an opened part (nothing for a local one), counting
    /// what was fetched for `-v`.
    func fetch(_ remote: RemoteParquetFile?, rowGroups: [Int], fields: [SchemaNode]) async throws {
        guard let remote else { return }
        let before = remote.stats
        try await remote.fetch(rowGroups: rowGroups, fields: fields)
        let after = remote.stats
        fetched.requests += after.requests - before.requests
        fetched.bytes += after.bytes - before.bytes
    }

    /// With `-v`, what reading the prefix cost, against the size of its objects.
    func reportFetched(verbosity: Int) {
        guard verbosity > 0, session != nil else { return }
        let size = objects.values.reduce(0) { $0 + $1.size }
        StandardStreams.err(
            "lakectl: fetched \(fetched.bytes) bytes in \(fetched.requests) ranged GETs from \(opened) of "
                + "\(objects.count) objects (\(size) bytes) under \(name)")
    }
}
