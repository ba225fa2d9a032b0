/// One live resource `--prune` deletes, named as the delete call needs it. Saved with the plan (`.prune`), so a
/// saved plan deletes exactly what it showed.
package enum LakeFilePruneTarget: Sendable, Equatable, Codable {
    case crawler(String)
    case job(String)
    case stream(String)
    case workgroup(String)
    /// A KMS key: its aliases removed, then its deletion scheduled with KMS's shortest window (7 days).
    case key(keyId: String, aliases: [String])
    /// Deleted only while empty: apply looks again first.
    case bucket(String)
    /// Deleted only while it holds no table (DeleteDatabase would delete them): apply looks again first.
    case database(String)
    /// The role lakectl generated for a pruned crawler, job or stream (`role: auto`), and its managed policy of
    /// the same name: deleted just before the resource that uses it.
    case generatedRole(name: String, policyArn: String)
    /// One `key=value` LF-tag on a table (or, with `column`, on one of its columns).
    case tagAssignment(database: String, table: String, column: String?, key: String, value: String)
}
