import AWSCore
import AWSServices
import Foundation
import LakeCodec

extension CrawlPipeline {
    /// The most a diff copies to read locally. Until the S3 byte source reads footers with ranged GETs, a
    /// diff fetches whole objects, so it refuses a target bigger than this rather than pull a lake down.
    package static let diffByteLimit: Int64 = 256 * 1024 * 1024

    /// `crawl diff NAME`: what the crawler would change in its database, computed locally with the crawler's
    /// rules (LakeCodec's `CrawlPlanner`, the same as `crawl --dry-run`) from the files under its S3 targets,
    /// compared with the catalog as it is. Nothing is written to AWS.
    package func diff(_ name: String) async throws -> CrawlDiff {
        let crawler = try await get(name)
        let database = crawler.databaseName ?? ""
        let paths = crawler.targets?.s3Targets?.map(\.path) ?? []
        var planned: [String: CatalogSnapshot.Table] = [:]
        var skipped: [String] = []
        for path in paths {
            let location = try S3Location.parse(bucket: path)
            let plan = try await planLocally(location)
            for table in plan.tables {
                planned[(crawler.tablePrefix ?? "") + table.name] = CatalogSnapshot.Table(
                    columns: table.columns.map { "\($0.name):\($0.type.description)" },
                    partitionKeys: table.partitionKeys.map { "\($0.name):\($0.type.description)" },
                    location: table.location, partitions: Set(table.partitions.map(\.values)))
            }
            skipped += plan.skipped.map { "\($0.path): \($0.reason)" }
        }
        let live = try await CatalogSnapshot.read(glue, database: database)
        // A crawler only adds and updates; tables it no longer sees are left (its default DeleteBehavior
        // DEPRECATE_IN_DATABASE only marks them), so nothing is reported deleted.
        var changes = live.changes(to: CatalogSnapshot(tables: live.tables.merging(planned) { _, new in new }))
        changes.deleted = []
        return CrawlDiff(crawler: name, database: database, paths: paths, changes: changes, skipped: skipped)
    }

    /// Copies the objects under `location` into a temporary folder named like the prefix's last folder (so
    /// the planner names tables as the crawler does) and plans it with `locationBase` = the S3 path.
    func planLocally(_ location: S3Location) async throws -> CrawlPlan {
        let prefix = location.prefix.isEmpty ? "" : location.prefix + "/"
        let objects = try await s3.listAllObjects(bucket: location.bucket, prefix: prefix.isEmpty ? nil : prefix)
        let total = objects.reduce(Int64(0)) { $0 + $1.size }
        guard total <= Self.diffByteLimit else {
            throw CrawlError.tooLargeToDiff(path: "s3://\(location.bucket)/\(prefix)", bytes: total)
        }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
            "lakectl-crawl-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let rootName = location.prefix.split(separator: "/").last.map(String.init) ?? location.bucket
        let root = scratch.appendingPathComponent(rootName)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for object in objects {
            let relative = String(object.key.dropFirst(prefix.count))
            let parts = relative.split(separator: "/")
            // Keys that would escape the folder, and folder markers, are not data files.
            guard !relative.isEmpty, !relative.hasSuffix("/"), !parts.contains("..") else { continue }
            let file = root.appendingPathComponent(relative)
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            let bytes = try await s3.getObject(bucket: location.bucket, key: object.key).bytes
            FileManager.default.createFile(atPath: file.path, contents: Data(bytes))
        }
        let base = "s3://\(location.bucket)/\(prefix)"
        return try CrawlPlanner(rules: .glue, locationBase: base).plan(path: root.path)
    }
}

/// What `crawl diff` found: the catalog changes the crawler would make, and files it would not classify.
package struct CrawlDiff: Sendable, Equatable {
    package var crawler: String
    package var database: String
    package var paths: [String]
    package var changes: CatalogChanges
    package var skipped: [String]
}
