import Foundation

extension ConfigReader {
    mutating func kmsKey(_ entry: ConfigNode.Entry, _ path: String) -> KMSKeyDeclaration? {
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
        return KMSKeyDeclaration(
            name: entry.key, alias: alias, description: string(set, "description"), location: entry.value.location)
    }

    mutating func bucket(_ entry: ConfigNode.Entry, _ path: String) -> BucketDeclaration? {
        guard
            let set = fields(
                entry.value, path, required: ["name"],
                optional: ["kms_key", "versioning", "block_public_access", "expire_after_days"])
        else { return nil }
        let name = string(set, "name") ?? ""
        if let node = set.node("name"), !name.isEmpty, let problem = BucketName.problem(name) {
            fail(node.location, set.path("name"), "\"\(name)\": \(problem)", expected: "a valid S3 bucket name")
        }
        return BucketDeclaration(
            name: entry.key, bucketName: name, kmsKey: reference(set, "kms_key"),
            versioning: bool(set, "versioning") ?? true, blockPublicAccess: bool(set, "block_public_access") ?? true,
            expireAfterDays: int(set, "expire_after_days", range: 1...36_500), location: entry.value.location)
    }

    mutating func database(_ entry: ConfigNode.Entry, _ path: String) -> DatabaseDeclaration? {
        if entry.value.isNull { return DatabaseDeclaration(name: entry.key, location: entry.value.location) }
        guard let set = fields(entry.value, path, optional: ["description", "location"]) else { return nil }
        if entry.key.range(of: #"^[a-z0-9_]{1,255}$"#, options: .regularExpression) == nil {
            fail(
                entry.keyLocation, path, "\"\(entry.key)\" is not a Glue database name",
                expected: "lower-case letters, digits and _")
        }
        return DatabaseDeclaration(
            name: entry.key, description: string(set, "description"), locationURI: s3URI(set, "location"),
            location: entry.value.location)
    }

    mutating func snapshot(_ entry: ConfigNode.Entry, _ path: String) -> SnapshotDeclaration? {
        guard
            let set = fields(
                entry.value, path, required: ["snapshot", "bucket", "kms_key"],
                optional: ["prefix", "catalog", "export_only"]),
            let snapshot = string(set, "snapshot"), let bucket = reference(set, "bucket"),
            let key = reference(set, "kms_key")
        else { return nil }
        return SnapshotDeclaration(
            name: entry.key, snapshot: snapshot, bucket: bucket, prefix: string(set, "prefix"), kmsKey: key,
            catalog: reference(set, "catalog"), exportOnly: strings(set, "export_only") ?? [],
            location: entry.value.location)
    }
}

extension DatabaseDeclaration {
    init(name: String, location: SourceLocation) {
        self.init(name: name, description: nil, locationURI: nil, location: location)
    }
}
