/// What `lakectl ingest snapshot` was asked to do.
package struct SnapshotExportRequest: Sendable, Equatable {
    /// A DB or cluster snapshot, by name or ARN.
    package var snapshot: String
    package var bucket: String
    /// Key prefix inside the bucket ("" for the bucket root).
    package var prefix: String
    /// Key id, ARN, alias or alias ARN (RDS requires a customer managed key).
    package var kmsKey: String
    /// The export role's name; an ARN is accepted and its name used.
    package var roleName: String
    /// `database`, `database.table`, `database.schema.table`…; empty exports everything.
    package var exportOnly: [String]
    /// Overrides the derived, deterministic task id.
    package var taskId: String?
    /// With a Glue database name: one Glue table per exported table, from the Parquet footers.
    package var catalogDatabase: String?

    package init(
        snapshot: String, bucket: String, prefix: String = "", kmsKey: String, roleName: String = "lakectl-rds-export",
        exportOnly: [String] = [], taskId: String? = nil, catalogDatabase: String? = nil
    ) {
        self.snapshot = snapshot
        self.bucket = bucket
        self.prefix = prefix.trimmingSlashes()
        self.kmsKey = kmsKey
        self.roleName = roleName.roleNameFromARN()
        self.exportOnly = exportOnly
        self.taskId = taskId
        self.catalogDatabase = catalogDatabase
    }
}

extension String {
    fileprivate func trimmingSlashes() -> String {
        var s = Substring(self)
        while s.hasPrefix("/") { s = s.dropFirst() }
        while s.hasSuffix("/") { s = s.dropLast() }
        return String(s)
    }

    /// `arn:aws:iam::123:role/path/name` → `name`; a plain name unchanged.
    fileprivate func roleNameFromARN() -> String {
        guard hasPrefix("arn:"), let slash = lastIndex(of: "/") else { return self }
        return String(self[index(after: slash)...])
    }
}
