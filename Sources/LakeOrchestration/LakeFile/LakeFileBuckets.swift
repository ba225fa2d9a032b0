import LakeConfig

/// `buckets:` as S3 buckets: the S3 name with `${account}`/`${region}` substituted, default encryption with the
/// declared key's alias, versioning, the public access block, and the ownership tag with the file's tags.
/// Buckets hold the data: `--prune` deletes one the file no longer declares only while it is empty
/// (`LakeFilePrune`).
enum LakeFileBuckets {
    static let kind = "s3 bucket"

    struct Desired: Sendable, Equatable {
        var name: String
        /// The declared key's alias (`alias/…`), nil when the bucket names no key (its encryption is left as is).
        var kmsKey: String?
        var versioning: Bool
        var blockPublicAccess: Bool
        var tags: [String: String]
        /// `expire_after_days`: one lifecycle rule (`expirationRule`) on the whole bucket.
        var expireAfterDays: Int? = nil
    }

    /// The lifecycle rule lakectl owns; a bucket with other rules keeps them and is not given this one.
    static let expirationRule = "lakectl-expire-after-days"

    /// What a bucket is now; nil when it does not exist.
    struct Live: Sendable, Equatable {
        var kmsKey: String?
        /// `Enabled`, `Suspended` or nil (never versioned).
        var versioning: String?
        var publicAccessBlocked: Bool
        var tags: [String: String]
        var lifecycle: [(id: String, expirationDays: Int?)] = []

        static func == (a: Live, b: Live) -> Bool {
            a.kmsKey == b.kmsKey && a.versioning == b.versioning && a.publicAccessBlocked == b.publicAccessBlocked
                && a.tags == b.tags && a.lifecycle.map(\.id) == b.lifecycle.map(\.id)
                && a.lifecycle.map(\.expirationDays) == b.lifecycle.map(\.expirationDays)
        }

        /// lakectl's expiration, or nil when the bucket has none, or has rules of someone else's.
        var expiration: Int? {
            lifecycle.count == 1 && lifecycle[0].id == LakeFileBuckets.expirationRule
                ? lifecycle[0].expirationDays : nil
        }

        /// Rules lakectl did not write: the bucket's lifecycle is then left as it is.
        var foreignLifecycle: Bool { lifecycle.contains { $0.id != LakeFileBuckets.expirationRule } }
    }

    static func desired(_ lake: LakeFile, account: String) -> [Desired] {
        let aliases = Dictionary(lake.kmsKeys.map { ($0.name, $0.alias) }) { a, _ in a }
        var tags = lake.tags
        tags[Ownership.key] = Ownership.value
        return lake.buckets.map { bucket in
            Desired(
                name: lake.substitute(bucket.bucketName, account: account),
                kmsKey: bucket.kmsKey.flatMap { aliases[$0.name] }, versioning: bucket.versioning,
                blockPublicAccess: bucket.blockPublicAccess, tags: tags, expireAfterDays: bucket.expireAfterDays)
        }
    }

    /// A bucket whose lifecycle holds rules lakectl did not write keeps them: its `expire_after_days` is said
    /// to be left out rather than replacing them (PutBucketLifecycleConfiguration replaces every rule).
    static func warnings(_ desired: Desired, live: Live?) -> [String] {
        guard desired.expireAfterDays != nil, let live, live.foreignLifecycle else { return [] }
        return [
            "bucket \(desired.name) has lifecycle rules lakectl did not write: expire_after_days is left out so they "
                + "are kept"
        ]
    }

    /// The plan line for one bucket: every field on create, the differing ones on update. A bucket that already
    /// exists keeps tags the file does not name (only missing or different ones are changed).
    static func change(_ desired: Desired, live: Live?) -> PlannedChange {
        func tags(_ values: [String: String]) -> String? {
            values.isEmpty ? nil : values.keys.sorted().map { "\($0)=\(values[$0] ?? "")" }.joined(separator: ",")
        }
        // Only the tags the file names are compared: others on an existing bucket are someone else's and stay.
        let liveTags = live.map { l in l.tags.filter { desired.tags[$0.key] != nil } }
        var pairs: [(String, String?, String?)] = [
            ("versioning", live.map { $0.versioning ?? "Suspended" }, desired.versioning ? "Enabled" : "Suspended"),
            ("block public access", live.map { String($0.publicAccessBlocked) }, String(desired.blockPublicAccess)),
            ("tags", liveTags.flatMap(tags), tags(desired.tags)),
        ]
        if let key = desired.kmsKey { pairs.insert(("kms key", live?.kmsKey, key), at: 0) }
        if let days = desired.expireAfterDays, live?.foreignLifecycle != true {
            pairs.append(("expire after days", live?.expiration.map(String.init), String(days)))
        }
        guard live != nil else {
            let fields = pairs.filter { $0.2 != nil }.map { FieldChange($0.0, old: nil, new: $0.2) }
            return PlannedChange(action: .create, kind: kind, id: desired.name, fields: fields)
        }
        let differing = pairs.filter { $0.1 != $0.2 }.map { FieldChange($0.0, old: $0.1, new: $0.2) }
        if differing.isEmpty { return .noop(kind: kind, id: desired.name) }
        return PlannedChange(action: .update, kind: kind, id: desired.name, fields: differing)
    }
}
