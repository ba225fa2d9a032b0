import LakeConfig

/// `snapshots:` as `ingest snapshot` requests: the declared bucket's S3 name, the declared key's alias, the
/// catalog database, and an export role of its own (`lakectl-rds-export-NAME`: the role's policy names exactly one
/// bucket and prefix, so two exports sharing one would rewrite it in turn). The export pipeline plans and applies
/// each one (its role, key policy, task and catalog tables), so the lake file exports exactly as the command does.
enum LakeFileSnapshots {
    static func requests(_ lake: LakeFile, account: String) -> [SnapshotExportRequest] {
        let buckets = Dictionary(lake.buckets.map { ($0.name, lake.substitute($0.bucketName, account: account)) }) {
            a, _ in a
        }
        let aliases = Dictionary(lake.kmsKeys.map { ($0.name, lake.substitute($0.alias, account: account)) }) {
            a, _ in a
        }
        return lake.snapshots.compactMap { snapshot in
            guard let bucket = buckets[snapshot.bucket.name], let key = aliases[snapshot.kmsKey.name] else {
                return nil
            }
            return SnapshotExportRequest(
                snapshot: lake.substitute(snapshot.snapshot, account: account), bucket: bucket,
                prefix: snapshot.prefix.map { lake.substitute($0, account: account) } ?? "", kmsKey: key,
                roleName: roleName(snapshot.name), exportOnly: snapshot.exportOnly,
                catalogDatabase: snapshot.catalog?.name)
        }
    }

    static func roleName(_ snapshot: String) -> String { String("lakectl-rds-export-\(snapshot)".prefix(64)) }
}
