import AWSCore
import AWSServices
import Foundation
import LakeCodec

extension CrawlPipeline {
    /// `crawl diff NAME`: what the crawler would change in its database, computed locally with the crawler's
    /// rules (LakeCodec's `CrawlPlanner`, the same as `crawl --dry-run`) from the files under its S3 targets,
    /// compared with the catalog as it is. Only footers and text samples are fetched (ranged GETs, see
    /// `S3SparseMirror`), so a diff of a large lake costs about what the crawler itself reads. Nothing is
    /// written to AWS.
    package func diff(_ name: String) async throws -> CrawlDiff {
        let crawler = try await get(name)
        let database = crawler.databaseName ?? ""
        let targets = crawler.targets?.s3Targets ?? []
        guard !targets.isEmpty else { throw CrawlError.noS3Targets(crawler: name) }
        let paths = targets.map(\.path)
        var planned: [String: CatalogSnapshot.Table] = [:]
        var skipped: [String] = []
        var read = CrawlDiff.Read()
        for target in targets {
            let location = try S3Location.parse(bucket: target.path)
            let (plan, mirror) = try await planLocally(
                location, excluding: (target.exclusions ?? []).map(CrawlExclusion.init))
            for table in plan.tables {
                planned[(crawler.tablePrefix ?? "") + table.name] = CatalogSnapshot.Table(
                    columns: table.columns.map { "\($0.name):\($0.type.description)" },
                    partitionKeys: table.partitionKeys.map { "\($0.name):\($0.type.description)" },
                    location: table.location, partitions: Set(table.partitions.map(\.values)))
            }
            skipped += plan.skipped.map { "\($0.path): \($0.reason)" }
            read.objects += mirror.objects
            read.objectBytes += mirror.objectBytes
            read.fetched.requests += mirror.fetched.requests
            read.fetched.bytes += mirror.fetched.bytes
        }
        let live = try await CatalogSnapshot.read(glue, database: database)
        // Tables the crawler wrote last, under one of its paths, that it would no longer find: deleted only
        // under DeleteBehavior DELETE_FROM_DATABASE; AWS's default DEPRECATE_IN_DATABASE marks them and
        // LOG only logs them, both keeping them.
        let deleteBehavior = crawler.schemaChangePolicy?.deleteBehavior ?? "DEPRECATE_IN_DATABASE"
        let gone = live.crawledBy.filter { table, by in
            by == name && planned[table] == nil
                && paths.contains { Self.isUnder(live.tables[table]?.location, $0) }
        }.keys.sorted()
        var changes = live.changes(to: CatalogSnapshot(tables: live.tables.merging(planned) { _, new in new }))
        changes.deleted = deleteBehavior == "DELETE_FROM_DATABASE" ? gone : []
        var updates: [String: [String]] = [:]
        for table in changes.updated {
            if let before = live.tables[table], let after = planned[table] {
                updates[table] = before.differences(to: after)
            }
        }
        return CrawlDiff(
            crawler: name, database: database, paths: paths, changes: changes, skipped: skipped, read: read,
            updates: updates, gone: gone, deleteBehavior: deleteBehavior)
    }

    /// Whether `location` lies under the crawler path `path` (`s3://b/raw` covers `s3://b/raw/orders/`).
    static func isUnder(_ location: String?, _ path: String) -> Bool {
        guard let location else { return false }
        func folder(_ text: String) -> String {
            let plain = text.hasPrefix("s3a://") ? "s3://" + text.dropFirst(6) : text
            return plain.hasSuffix("/") ? plain : plain + "/"
        }
        return folder(location).hasPrefix(folder(path))
    }

    /// Mirrors the objects under `location` into a temporary folder named like the prefix's last folder (so
    /// the planner names tables as the crawler does), as sparse files holding only the footers and the
    /// crawler's text samples, and plans it with `locationBase` = the S3 path. Objects an exclude pattern
    /// matches are left out, as the crawler leaves them out.
    func planLocally(_ location: S3Location, excluding exclusions: [CrawlExclusion] = []) async throws -> (
        CrawlPlan, S3SparseMirror
    ) {
        let prefix = location.prefix.isEmpty ? "" : location.prefix + "/"
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
            "lakectl-crawl-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let mirror = try await S3SparseMirror.make(
            s3: s3, url: S3ObjectURL(bucket: location.bucket, key: prefix), directory: scratch.path,
            inferenceOnly: true, textSampleBytes: S3SparseMirror.glueTextSampleBytes,
            excluding: { key in exclusions.contains { $0.excludes(key) } })
        let base = "s3://\(location.bucket)/\(prefix)"
        return (try CrawlPlanner(rules: .glue, locationBase: base).plan(path: mirror.path), mirror)
    }
}

/// What `crawl diff` found: the catalog changes the crawler would make, and files it would not classify.
package struct CrawlDiff: Sendable, Equatable {
    package var crawler: String
    package var database: String
    package var paths: [String]
    package var changes: CatalogChanges
    package var skipped: [String]
    /// What reading the targets cost, against what they hold.
    package var read = Read()
    /// For each table to update, what would change in it (`CatalogSnapshot.Table.differences`).
    package var updates: [String: [String]] = [:]
    /// Tables the crawler wrote whose files it would no longer find, whatever its DeleteBehavior does with
    /// them (only DELETE_FROM_DATABASE also lists them in `changes.deleted`).
    package var gone: [String] = []
    /// The crawler's DeleteBehavior: `LOG`, `DELETE_FROM_DATABASE` or `DEPRECATE_IN_DATABASE`.
    package var deleteBehavior = "DEPRECATE_IN_DATABASE"

    package init(
        crawler: String, database: String, paths: [String], changes: CatalogChanges, skipped: [String],
        read: Read = Read(), updates: [String: [String]] = [:], gone: [String] = [],
        deleteBehavior: String = "DEPRECATE_IN_DATABASE"
    ) {
        self.crawler = crawler
        self.database = database
        self.paths = paths
        self.changes = changes
        self.skipped = skipped
        self.read = read
        self.updates = updates
        self.gone = gone
        self.deleteBehavior = deleteBehavior
    }

    /// Objects under the crawler's paths, their total size, and what the ranged GETs fetched of them.
    package struct Read: Sendable, Equatable {
        package var objects = 0
        package var objectBytes = 0
        package var fetched = S3FetchStats()
    }
}
