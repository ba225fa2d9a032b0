import AWSServices

/// What `apply` does for one planned change: the change's own instructions, saved with the plan, so a saved
/// plan applies exactly what was shown (and is refused when a fresh plan of the same file differs).
package enum LakeFileStep: Sendable, Equatable, Codable {
    case createDatabase(name: String, description: String?, location: String?, parameters: [String: String])
    /// Creates the filter or updates it to this definition.
    case ensureFilter(
        database: String, table: String, name: String, rowFilter: String?, columns: [String]?, excluded: [String]?)
    case deleteFilter(database: String, table: String, name: String)
    /// A grant of `permissions` on a database, a table or (with `filter`) a data cells filter of a table.
    case grant(principal: String, database: String, table: String?, filter: String?, permissions: [String])
    /// A grant of `permissions` on every table matching an LF-tag expression (`KEY: [any of these values]`).
    case grantTags(principal: String, expression: [String: [String]], permissions: [String])
    /// A revoke of one listed grant, naming the resource as Lake Formation stores it.
    case revoke(principal: String, resource: LFResource, permissions: [String])
    /// Adds these principals to the data lake administrators (keeping every existing one).
    case addAdmins([String])
    /// Registers an S3 location (`arn:aws:s3:::bucket/prefix`) with Lake Formation, with its service-linked role.
    case registerLocation(arn: String)
    /// Ensures a Firehose stream (and, with no `role`, its generated delivery role and policy) as `stream create`
    /// does, waiting until it is active.
    case ensureStream(
        name: String, bucket: String, prefix: String?, errorPrefix: String?, bufferSizeMB: Int,
        bufferIntervalSeconds: Int,
        compression: String, role: String?, parquetTable: String? = nil, tags: [String: String] = [:])
    /// Ensures an Athena workgroup with these settings, as `workgroup create` does (created, or updated in place).
    case ensureWorkgroup(
        name: String, output: String, bytesScannedCutoff: Int64?, enforce: Bool, tags: [String: String] = [:])
    /// Defines an LF-tag key with exactly these values, as `tag create` does.
    case ensureTag(key: String, values: [String])
    /// Assigns `KEY: value` tags to a table, or to some of its columns, as `tag assign` does.
    case assignTags(database: String, table: String, columns: [String]?, tags: [String: [String]])
    /// Ensures a Glue crawler over these `s3://` paths (and, with no `role`, its generated role and policy), created
    /// or updated to exactly this definition; not run.
    case ensureCrawler(
        name: String, database: String, paths: [String], schedule: String?, tablePrefix: String?, role: String?,
        tags: [String: String])
    /// Uploads the script at `script` (which must still hash to `digest`) and ensures this Glue job definition (and,
    /// with no `role`, its generated role and policy), created or replaced; not run.
    case ensureJob(job: GlueJob, script: String, digest: String, role: String?, tags: [String: String])
    /// Ensures an S3 bucket with these settings (created, or adjusted in place); deleted only by `--prune`, and only
    /// while empty (`LakeFilePrune`).
    case ensureBucket(
        name: String, kmsKey: String?, versioning: Bool, blockPublicAccess: Bool, tags: [String: String],
        expireAfterDays: Int? = nil)
    /// Ensures a KMS key behind this alias (created with these tags, or its description updated); its deletion is
    /// scheduled only by `--prune`.
    case ensureKey(alias: String, description: String?, tags: [String: String])
    /// Makes `document` the default version of the customer managed policy `name` (a generated role's, attached to
    /// the role of the same name), as `ensureManagedPolicy` does: unchanged when it already means the same.
    case putManagedPolicy(name: String, document: String)
    /// Writes an inline policy on an IAM role (PutRolePolicy replaces it whole, so a retry converges).
    case putRolePolicy(role: String, name: String, document: String)
    /// Runs `ingest snapshot` without waiting: ensures the export's access, starts (or finds) the task, and once it
    /// has completed, catalogs its tables. The other changes of the same export are carried out by this one.
    case exportSnapshot(
        snapshot: String, bucket: String, prefix: String, kmsKey: String, role: String, exportOnly: [String],
        catalog: String?)
    /// Deletes a resource lakectl made for the file that it no longer declares (`--prune`, `LakeFilePrune`).
    case prune(LakeFilePruneTarget)
    /// Nothing to do: the resource matches (or another step makes it, as an export makes its tables).
    case none
}
