import Foundation
import LakeCodec
import LakeOrchestration

/// `s3://` arguments of the commands that read files and folders by path (`schema infer`,
/// `crawl --dry-run`, `preview`), mirrored into a temporary folder first (see `S3SparseMirror`): for
/// inference only footers and samples are fetched. Local arguments pass through unchanged.
struct RemoteFolders {
    /// The arguments as local paths, in the order given.
    let paths: [String]
    /// The S3 location standing for the first argument's folder, used as the default `--location` so
    /// tables are located where the data is, not in the temporary folder.
    let location: String?
    private let directory: String?

    /// What `--rules glue` reads of a text file (the crawler's 1 MB sample), as `crawl diff` reads it.
    static let glueSampleBytes = S3SparseMirror.glueTextSampleBytes

    static func resolve(
        _ arguments: [String], common: CommonOptions, inferenceOnly: Bool, textSampleBytes: Int? = nil
    ) async throws -> RemoteFolders {
        guard arguments.contains(where: S3ObjectURL.isS3) else {
            return RemoteFolders(paths: arguments, location: nil, directory: nil)
        }
        let session = try common.session()
        let directory = LocalInput.temporaryPath("s3-mirror")
        var paths: [String] = []
        var location: String?
        do {
            for (i, argument) in arguments.enumerated() {
                guard S3ObjectURL.isS3(argument) else {
                    paths.append(argument)
                    continue
                }
                let url = try S3ObjectURL.parse(argument)
                let mirror = try await session.mirror(
                    url, into: (directory as NSString).appendingPathComponent("\(i)"), inferenceOnly: inferenceOnly,
                    textSampleBytes: textSampleBytes)
                if common.verbose > 0 {
                    StandardStreams.err(
                        "lakectl: fetched \(mirror.fetched.bytes) bytes in \(mirror.fetched.requests) ranged GETs "
                            + "for \(mirror.objects) objects of \(mirror.objectBytes) bytes under \(argument)")
                }
                paths.append(mirror.path)
                if location == nil {
                    let folder =
                        url.isPrefix ? url.key : url.key.lastIndex(of: "/").map { String(url.key[...$0]) } ?? ""
                    location = "s3://\(url.bucket)/\(folder)"
                }
            }
        } catch {
            try? FileManager.default.removeItem(atPath: directory)
            throw error
        }
        return RemoteFolders(paths: paths, location: location, directory: directory)
    }

    /// Glue table `name` (`database.table`) copied to a temporary folder, its registered partitions as
    /// `key=value` folders (see `LakeSession.mirrorTable`); `location` is the table's folder.
    static func resolveTable(_ name: String, common: CommonOptions) async throws -> RemoteFolders {
        let directory = LocalInput.temporaryPath("s3-table")
        do {
            let mirror = try await common.session().mirrorTable(name, into: directory)
            if common.verbose > 0 {
                StandardStreams.err(
                    "lakectl: copied \(mirror.objects) objects of \(mirror.objectBytes) bytes for table \(name)")
            }
            return RemoteFolders(paths: [mirror.path], location: nil, directory: directory)
        } catch {
            try? FileManager.default.removeItem(atPath: directory)
            throw error
        }
    }

    func remove() {
        if let directory { try? FileManager.default.removeItem(atPath: directory) }
    }
}
