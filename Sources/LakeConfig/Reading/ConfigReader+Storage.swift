import Foundation

extension ConfigReader {
    mutating func kmsKey(_ entry: ConfigNode.Entry, _ path: String) -> KMSKeySpec? {
        guard let set = fields(entry.value, path, required: ["alias"], optional: ["description"]) else { return nil }
        let alias = string(set, "alias") ?? ""
        if let node = set.node("alias"), !alias.isEmpty,
            alias.range(of: #"^alias/[A-Za-z0-9/_-]{1,250}$"#, options: .regularExpression) == nil
                || alias.hasPrefix("alias/aws/")
        {
            fail(
                node.location, set.path("alias"), "\"\(alias)\" is not a customer alias",
                expected: "alias/<name> (not alias/aws/…)")
        }
        return KMSKeySpec(
            name: entry.key, alias: alias, description: string(set, "description"), location: entry.value.location)
    }

    mutating func bucket(_ entry: ConfigNode.Entry, _ path: String) -> BucketSpec? {
        guard
            let set = fields(
                entry.value, path, required: ["name"],
                optional: ["kms_key", "versioning", "block_public_access", "expire_after_days"])
        else { return nil }
        let name = string(set, "name") ?? ""
        if let node = set.node("name"), !name.isEmpty, let problem = BucketName.problem(name) {
            fail(node.location, set.path("name"), "\"\(name)\": \(problem)", expected: "a valid S3 bucket name")
        }
        return BucketSpec(
            name: entry.key, bucketName: name, kmsKey: reference(set, "kms_key"),
            versioning: bool(set, "versioning") ?? true, blockPublicAccess: bool(set, "block_public_access") ?? true,
            expireAfterDays: int(set, "expire_after_days", range: 1...36_500), location: entry.value.location)
    }

    mutating func database(_ entry: ConfigNode.Entry, _ path: String) -> DatabaseSpec? {
        if entry.value.isNull { return DatabaseSpec(name: entry.key, location: entry.value.location) }
        guard let set = fields(entry.value, path, optional: ["description", "location"]) else { return nil }
        if entry.key.range(of: #"^[a-z0-9_]{1,255}$"#, options: .regularExpression) == nil {
            fail(
                entry.keyLocation, path, "\"\(entry.key)\" is not a Glue database name",
                expected: "lower-case letters, digits and _")
        }
        return DatabaseSpec(
            name: entry.key, description: string(set, "description"), locationURI: s3URI(set, "location"),
            location: entry.value.location)
    }

    mutating func snapshot(_ entry: ConfigNode.Entry, _ path: String) -> SnapshotSpec? {
        guard
            let set = fields(
                entry.value, path, required: ["snapshot", "bucket", "kms_key"],
                optional: ["prefix", "catalog", "export_only"]),
            let snapshot = string(set, "snapshot"), let bucket = reference(set, "bucket"),
            let key = reference(set, "kms_key")
        else { return nil }
        return SnapshotSpec(
            name: entry.key, snapshot: snapshot, bucket: bucket, prefix: string(set, "prefix"), kmsKey: key,
            catalog: reference(set, "catalog"), exportOnly: strings(set, "export_only") ?? [],
            location: entry.value.location)
    }
}

extension DatabaseSpec {
    init(name: String, location: SourceLocation) {
        self.init(name: name, description: nil, locationURI: nil, location: location)
    }
}
