import Foundation
import LakeCodec
import LakeFilter
import LakeOrchestration

/// `s3://` arguments of the commands that read files and folders by path (`schema infer`,
/// `crawl --dry-run`, `preview`, `query --local`). Parquet objects are read in place when the command
/// asks (`readInPlace`: `preview` and `query --local`, through `LakeSession.inPlaceDataset`, fetching
/// only the footers and column chunks their scans read); anything else is mirrored into a temporary
/// folder first (see `S3SparseMirror`; for inference only footers and samples are fetched). Local
/// arguments pass through unchanged.
struct RemoteFolders {
    /// The arguments as local paths, in the order given (an argument read in place keeps its URL).
    let paths: [String]
    /// Per argument, the dataset read in place from S3, when it is one.
    let inPlace: [LakeSession.InPlaceDataset?]
    /// The S3 location standing for the first argument's folder, used as the default `--location` so
    /// tables are located where the data is, not in the temporary folder.
    let location: String?
    private let directory: String?

    /// What `--rules glue` reads of a text file (the crawler's 1 MB sample), as `crawl diff` reads it.
    static let glueSampleBytes = S3SparseMirror.glueTextSampleBytes

    static func resolve(
        _ arguments: [String], common: CommonOptions, inferenceOnly: Bool, textSampleBytes: Int? = nil,
        readInPlace: Bool = false
    ) async throws -> RemoteFolders {
        guard arguments.contains(where: S3ObjectURL.isS3) else {
            return RemoteFolders(
                paths: arguments, inPlace: arguments.map { _ in nil }, location: nil, directory: nil)
        }
        let session = try common.session()
        let directory = LocalInput.temporaryPath("s3-mirror")
        var paths: [String] = []
        var inPlace: [LakeSession.InPlaceDataset?] = []
        var location: String?
        do {
            for (i, argument) in arguments.enumerated() {
                guard S3ObjectURL.isS3(argument) else {
                    paths.append(argument)
                    inPlace.append(nil)
                    continue
                }
                let url = try S3ObjectURL.parse(argument)
                if readInPlace, let dataset = try await session.inPlaceDataset(url) {
                    paths.append(argument)
                    inPlace.append(dataset)
                    continue
                }
                let mirror = try await session.mirror(
                    url, into: (directory as NSString).appendingPathComponent("\(i)"), inferenceOnly: inferenceOnly,
                    textSampleBytes: textSampleBytes)
                if common.verbose > 0 {
                    StandardStreams.err(
                        "lakectl: fetched \(mirror.fetched.bytes) bytes in \(mirror.fetched.requests) ranged GETs "
                            + "for \(mirror.objects) objects of \(mirror.objectBytes) bytes under \(argument)")
                }
                paths.append(mirror.path)
                inPlace.append(nil)
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
        return RemoteFolders(paths: paths, inPlace: inPlace, location: location, directory: directory)
    }

    /// Glue table `name` (`database.table`): its Parquet objects read in place (see
    /// `LakeSession.inPlaceTable`: the catalog's registered partitions, or everything under its location),
    /// or, for other formats, copied to a temporary folder with the partitions as `key=value` folders (see
    /// `LakeSession.mirrorTable`).
    static func resolveTable(_ name: String, common: CommonOptions) async throws -> RemoteFolders {
        let session = try common.session()
        if let dataset = try await session.inPlaceTable(name) {
            return RemoteFolders(paths: [name], inPlace: [dataset], location: nil, directory: nil)
        }
        let directory = LocalInput.temporaryPath("s3-table")
        do {
            let mirror = try await session.mirrorTable(name, into: directory)
            if common.verbose > 0 {
                StandardStreams.err(
                    "lakectl: copied \(mirror.objects) objects of \(mirror.objectBytes) bytes for table \(name)")
            }
            return RemoteFolders(paths: [mirror.path], inPlace: [nil], location: nil, directory: directory)
        } catch {
            try? FileManager.default.removeItem(atPath: directory)
            throw error
        }
    }

    /// Argument `index` bound as table `name` for local SQL: the dataset read in place, or the local path.
    func binding(_ index: Int, name: String) -> LocalSQL.Binding {
        LocalSQL.Binding(name: name, path: paths[index], dataset: inPlace[index]?.dataset)
    }

    /// With `-v`, what reading in place fetched, per argument, against the size of its objects.
    func reportFetched(verbosity: Int) {
        guard verbosity > 0 else { return }
        for (path, dataset) in zip(paths, inPlace) {
            guard let reader = dataset?.reader else { continue }
            let (stats, opened) = reader.fetched
            StandardStreams.err(
                "lakectl: fetched \(stats.bytes) bytes in \(stats.requests) ranged GETs from \(opened) of "
                    + "\(reader.objectCount) objects (\(reader.objectBytes) bytes) for \(path)")
        }
    }

    func remove() {
        if let directory { try? FileManager.default.removeItem(atPath: directory) }
    }
}
