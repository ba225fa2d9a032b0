import Foundation
import LakeCodec
import LakeOrchestration

/// `s3://bucket/key` wherever a local command takes a file: a Parquet object is opened from its footer and
/// its column chunks fetched with ranged GETs as they are read; a CSV or JSON lines object is streamed to
/// a temporary file and read as a local one (those readers read it all anyway).
extension LocalInput {
    /// `path` opened as `open(_:csv:)` does, or read from S3 when it is an `s3://` URL.
    static func open(_ path: String, csv: CSVReadSettings, common: CommonOptions) async throws -> LocalInput {
        guard S3ObjectURL.isS3(path) else { return try open(path, csv: csv) }
        let session = try common.session()
        let url = try await session.singleObject(S3ObjectURL.parse(path))
        let lower = url.key.lowercased()
        let isParquet: Bool
        if lower.hasSuffix(".parquet") || lower.hasSuffix(".parq") {
            isParquet = true
        } else {
            let head = try await session.remoteObjectHead(url, count: 4096).head
            isParquet = format(head: Data(head), named: url.key) == .parquet
        }
        if isParquet {
            let remote = try await session.openRemoteParquet(url)
            return LocalInput(parquetPath: url.description, temporaries: [], remote: remote)
        }
        let name = (url.key as NSString).lastPathComponent
        let local = temporaryPath("s3-\(name)")
        do {
            try await session.downloadObject(url, to: local)
            var input = try open(local, csv: csv)
            input.temporaries.append(local)
            return input
        } catch {
            try? FileManager.default.removeItem(atPath: local)
            throw error
        }
    }

    /// Only the footer of a Parquet file, local or `s3://` (for `inspect`: no column chunk is fetched).
    static func parquetFooter(_ path: String, common: CommonOptions) async throws -> LocalInput {
        guard S3ObjectURL.isS3(path) else { return LocalInput(parquetPath: path, temporaries: []) }
        let remote = try await common.session().openRemoteParquet(S3ObjectURL.parse(path))
        return LocalInput(parquetPath: remote.source.url.description, temporaries: [], remote: remote)
    }

    /// The Parquet file to read: the remote one, or the local file opened.
    func parquetFile() throws -> ParquetFile {
        try remote?.parquet ?? ParquetFile.open(parquetPath)
    }

    /// Brings the column chunks of `fields` in `rowGroups` from S3 before they are decoded; nothing for
    /// a local file.
    func fetch(rowGroups: [Int], fields: [SchemaNode]) async throws {
        try await remote?.fetch(rowGroups: rowGroups, fields: fields)
    }

    /// With `-v`, what reading an `s3://` object cost (requests and bytes against the object's size).
    func reportFetched(verbosity: Int) {
        guard verbosity > 0, let remote else { return }
        let stats = remote.stats
        StandardStreams.err(
            "lakectl: fetched \(stats.bytes) bytes in \(stats.requests) ranged GETs from \(parquetPath) "
                + "(object size \(remote.parquet.fileSize) bytes)")
    }
}
