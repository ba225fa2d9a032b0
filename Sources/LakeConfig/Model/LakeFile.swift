/// The lake file (LAKEFILE.md) as a value: every section in file order, names still symbolic
/// (`${account}`, `${region}`) until plan time substitutes them.
package struct LakeFile: Sendable, Equatable {
    package var file: String
    package var version: Int
    package var region: String
    package var account: String?
    package var tags: [String: String]
    package var kmsKeys: [KMSKeyDeclaration]
    package var buckets: [BucketDeclaration]
    package var databases: [DatabaseDeclaration]
    package var snapshots: [SnapshotDeclaration]
    package var crawlers: [CrawlerDeclaration]
    package var jobs: [JobDeclaration]
    package var streams: [StreamDeclaration]
    package var workgroups: [WorkgroupDeclaration]
    package var lakeFormation: LakeFormationDeclaration
    package var teams: [TeamDeclaration]

    /// Replaces `${account}` and `${region}` in `text`.
    package func substitute(_ text: String, account: String) -> String {
        text.replacingOccurrences(of: "${account}", with: account).replacingOccurrences(of: "${region}", with: region)
    }
}
