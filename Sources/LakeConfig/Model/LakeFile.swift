/// The lake file (LAKEFILE.md) as a value: every section in file order, names still symbolic
/// (`${account}`, `${region}`) until plan time substitutes them.
package struct LakeFile: Sendable, Equatable {
    package var file: String
    package var version: Int
    package var region: String
    package var account: String?
    package var tags: [String: String]
    package var kmsKeys: [KMSKeySpec]
    package var buckets: [BucketSpec]
    package var databases: [DatabaseSpec]
    package var snapshots: [SnapshotSpec]
    package var crawlers: [CrawlerSpec]
    package var jobs: [JobSpec]
    package var streams: [StreamSpec]
    package var workgroups: [WorkgroupSpec]
    package var lakeFormation: LakeFormationSpec
    package var teams: [TeamSpec]

    /// Replaces `${account}` and `${region}` in `text`.
    package func substitute(_ text: String, account: String) -> String {
        text.replacingOccurrences(of: "${account}", with: account).replacingOccurrences(of: "${region}", with: region)
    }
}
