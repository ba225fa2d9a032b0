import AWSServices
import LakeConfig

/// `crawlers:` as Glue crawlers: each declared target as the `s3://bucket/prefix/` path Glue stores, the
/// schedule and table prefix as written, and the role `auto` means (`CrawlPipeline.roleName(crawler:)`, the
/// same role `crawl run --create` makes). Compared field by field with GetCrawler so an edit shows only what
/// differs; a schedule the file drops is planned as taken away (the crawler then runs on demand).
enum LakeFileCrawlers {
    static let kind = "glue crawler"

    struct Desired: Sendable, Equatable {
        var name: String
        var database: String
        var targets: [S3Location]
        var schedule: String?
        var tablePrefix: String?
        /// nil: the generated role.
        var role: String?
        var roleArn: String

        var paths: [String] { targets.map(LakeFileCrawlers.path) }
    }

    static func desired(_ lake: LakeFile, account: String) -> [Desired] {
        let buckets = Dictionary(lake.buckets.map { ($0.name, lake.substitute($0.bucketName, account: account)) }) {
            a, _ in a
        }
        return lake.crawlers.map { crawler in
            let targets = crawler.targets.compactMap { target -> S3Location? in
                guard let bucket = buckets[target.bucket.name] else { return nil }
                return S3Location(bucket: bucket, prefix: lake.substitute(target.prefix, account: account))
            }
            let role: String?
            switch crawler.role {
            case .auto: role = nil
            case .arn(let arn): role = lake.substitute(arn, account: account)
            }
            return Desired(
                name: crawler.name, database: crawler.database.name, targets: targets,
                schedule: crawler.schedule.flatMap { $0.isEmpty ? nil : $0 },
                tablePrefix: crawler.tablePrefix.flatMap { $0.isEmpty ? nil : $0 }, role: role,
                roleArn: role ?? "arn:aws:iam::\(account):role/\(CrawlPipeline.roleName(crawler: crawler.name))")
        }
    }

    /// `s3://bucket/prefix/`, the form Glue stores (as `CrawlerSpec.targetPath`).
    static func path(_ location: S3Location) -> String {
        location.prefix.isEmpty ? "s3://\(location.bucket)/" : "s3://\(location.bucket)/\(location.prefix)/"
    }

    /// The plan line for one crawler: every field on create, the differing ones on update. An empty table prefix
    /// and none are the same to Glue, and so are a trailing slash on a path and none.
    static func change(_ desired: Desired, live: GlueCrawler?) -> PlannedChange {
        func trimmed(_ path: String) -> String { path.hasSuffix("/") ? String(path.dropLast()) : path }
        let livePaths = live?.targets?.s3Targets?.map(\.path) ?? []
        let pairs: [(String, String?, String?, Bool)] = [
            ("database", live?.databaseName, desired.database, live?.databaseName == desired.database),
            (
                "targets", live.map { _ in livePaths.joined(separator: ", ") },
                desired.paths.joined(separator: ", "), livePaths.map(trimmed) == desired.paths.map(trimmed)
            ),
            (
                "schedule", live?.schedule?.expression.flatMap { $0.isEmpty ? nil : $0 }, desired.schedule,
                (live?.schedule?.expression.flatMap { $0.isEmpty ? nil : $0 }) == desired.schedule
            ),
            (
                "table prefix", live?.tablePrefix.flatMap { $0.isEmpty ? nil : $0 }, desired.tablePrefix,
                (live?.tablePrefix.flatMap { $0.isEmpty ? nil : $0 }) == desired.tablePrefix
            ),
            ("role", live?.role, desired.roleArn, live?.role == desired.roleArn),
        ]
        guard let live else {
            let fields = pairs.filter { $0.2 != nil }.map { FieldChange($0.0, old: nil, new: $0.2) }
            return PlannedChange(action: .create, kind: kind, id: desired.name, fields: fields)
        }
        let differing = pairs.filter { !$0.3 }.map { FieldChange($0.0, old: $0.1, new: $0.2) }
        if differing.isEmpty { return .noop(kind: kind, id: live.name) }
        return PlannedChange(action: .update, kind: kind, id: desired.name, fields: differing)
    }

    /// The generated role's policy: `glue-crawler`'s document for the first target, and the bucket, object and
    /// key statements of every other target added under numbered ids (one role reads exactly these places).
    static func policy(_ targets: [(location: S3Location, keyArn: String?)]) -> PolicyDocument {
        var document: PolicyDocument?
        for (index, target) in targets.enumerated() {
            let one = PolicyGenerator.forGlueCrawler(
                bucket: target.location.bucket,
                prefix: target.location.prefix.isEmpty ? nil : target.location.prefix, kmsKeyArn: target.keyArn)
            guard document != nil else {
                document = one
                continue
            }
            for var statement in one.statements where ["ReadBucket", "ReadObjects", "DataKey"].contains(statement.sid) {
                statement.sid = "\(statement.sid ?? "")\(index)"
                document?.statements.append(statement)
            }
        }
        return document ?? PolicyDocument(statements: [])
    }
}
