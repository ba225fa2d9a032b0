import Foundation

extension ConfigReader {
    static let topLevelKeys = [
        "account", "tags", "kms_keys", "buckets", "databases", "snapshots", "crawlers", "jobs", "streams",
        "workgroups", "lake_formation", "teams",
    ]

    /// The whole file; nil only when the root is not a mapping (every other problem is collected).
    mutating func lakeFile(_ root: ConfigNode) -> LakeFile? {
        guard let top = fields(root, "", required: ["version", "region"], optional: Self.topLevelKeys) else {
            return nil
        }
        let version = int(top, "version", range: 1...1) ?? 1
        let region = string(top, "region", expected: "an AWS region such as us-east-1") ?? ""
        if let node = top.node("region"), !region.isEmpty, !Self.isRegion(region) {
            fail(
                node.location, "region", "\"\(region)\" is not a region name",
                expected: "an AWS region such as us-east-1")
        }
        let account = string(top, "account", expected: "a 12-digit account id in quotes")
        if let node = top.node("account"), let account, !Self.isAccountID(account) {
            fail(node.location, "account", "\"\(account)\" is not an account id", expected: "12 digits, in quotes")
        }
        func section<T>(_ key: String, _ read: (inout ConfigReader, ConfigNode.Entry, String) -> T?) -> [T] {
            guard let node = top.node(key) else { return [] }
            return namedEntries(node, key).compactMap { read(&self, $0, "\(key).\($0.key)") }
        }
        return LakeFile(
            file: root.location.file, version: version, region: region, account: account,
            tags: top.node("tags").map { stringMap($0, "tags") } ?? [:],
            kmsKeys: section("kms_keys") { $0.kmsKey($1, $2) },
            buckets: section("buckets") { $0.bucket($1, $2) },
            databases: section("databases") { $0.database($1, $2) },
            snapshots: section("snapshots") { $0.snapshot($1, $2) },
            crawlers: section("crawlers") { $0.crawler($1, $2) },
            jobs: section("jobs") { $0.job($1, $2) },
            streams: section("streams") { $0.stream($1, $2) },
            workgroups: section("workgroups") { $0.workgroup($1, $2) },
            lakeFormation: top.node("lake_formation").map { lakeFormation($0, "lake_formation") }
                ?? LakeFormationDeclaration(),
            teams: section("teams") { $0.team($1, $2) })
    }

    static func isRegion(_ text: String) -> Bool {
        text.range(of: #"^[a-z]{2}(-[a-z]+)+-[0-9]$"#, options: .regularExpression) != nil
    }

    static func isAccountID(_ text: String) -> Bool {
        text.count == 12 && text.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// `auto` or a role ARN.
    mutating func role(_ set: FieldSet) -> RoleChoice {
        guard let node = set.node("role"), let text = string(node, set.path("role")) else { return .auto }
        if text == "auto" { return .auto }
        if !PrincipalARN.isRole(text) {
            fail(
                node.location, set.path("role"), "\"\(text)\" is not a role ARN",
                expected: "auto or arn:aws:iam::<account>:role/<name>")
        }
        return .arn(text)
    }

    /// `{ bucket: B, prefix: P }`.
    mutating func s3Target(_ node: ConfigNode, _ path: String) -> S3TargetDeclaration? {
        guard let set = fields(node, path, required: ["bucket"], optional: ["prefix"]),
            let bucket = reference(set, "bucket")
        else { return nil }
        return S3TargetDeclaration(
            bucket: bucket, prefix: string(set, "prefix", expected: "a string, possibly empty") ?? "")
    }

    /// An `s3://bucket/prefix` URI.
    mutating func s3URI(_ set: FieldSet, _ key: String) -> String? {
        guard let node = set.node(key), let text = string(node, set.path(key)) else { return nil }
        let rest = text.hasPrefix("s3://") ? String(text.dropFirst(5)) : ""
        let bucket = String(rest.prefix { $0 != "/" })
        if bucket.isEmpty {
            fail(node.location, set.path(key), "\"\(text)\" is not an S3 URI", expected: "s3://bucket/prefix/")
        } else if let problem = BucketName.problem(bucket) {
            fail(node.location, set.path(key), "bucket \"\(bucket)\": \(problem)", expected: "a valid S3 bucket name")
        }
        return text
    }
}
