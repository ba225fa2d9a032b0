import Foundation

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
    /// Set when the role was given as an ARN: an existing role used as it is, with no IAM call
    /// (an operator without IAM rights can still export).
    package var roleArn: String?
    /// `database`, `database.table`, `database.schema.table`…; empty exports everything. Entries
    /// holding commas (`a.b,c.d`, as typed after `--export-only`) are split.
    package var exportOnly: [String]
    /// Overrides the derived, deterministic task id.
    package var taskId: String?
    /// With a Glue database name: one Glue table per exported table, from the Parquet footers.
    package var catalogDatabase: String?
    /// Take over Glue tables of the same name that lakectl did not create (`--adopt`).
    package var adopt: Bool

    package init(
        snapshot: String, bucket: String, prefix: String = "", kmsKey: String, roleName: String = "lakectl-rds-export",
        exportOnly: [String] = [], taskId: String? = nil, catalogDatabase: String? = nil, adopt: Bool = false
    ) {
        self.snapshot = snapshot
        self.bucket = bucket
        self.prefix = prefix.trimmingSlashes()
        self.kmsKey = kmsKey
        self.roleName = roleName.roleNameFromARN()
        self.roleArn = roleName.hasPrefix("arn:") ? roleName : nil
        self.exportOnly = exportOnly.flatMap {
            $0.split(separator: ",", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
        }
        self.taskId = taskId
        self.catalogDatabase = catalogDatabase
        self.adopt = adopt
    }
}

extension SnapshotExportRequest {
    /// Checks each `--export-only` name: one to three non-empty parts separated by dots, no spaces,
    /// quotes or wildcards (RDS matches names exactly and ignores one it cannot find).
    package static func validate(exportOnly names: [String]) throws {
        for name in names {
            let parts = name.split(separator: ".", omittingEmptySubsequences: false)
            if name.isEmpty {
                throw PipelineError.invalidExportOnly(name: name, reason: "it is empty (a stray comma?)")
            }
            if parts.count > 3 {
                throw PipelineError.invalidExportOnly(name: name, reason: "it has more than three dot-separated parts")
            }
            if parts.contains(where: \.isEmpty) {
                throw PipelineError.invalidExportOnly(name: name, reason: "it has an empty part")
            }
            if let bad = name.first(where: { $0.isWhitespace || "\"'`*?/\\".contains($0) }) {
                throw PipelineError.invalidExportOnly(name: name, reason: "it contains \"\(bad)\"")
            }
        }
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
