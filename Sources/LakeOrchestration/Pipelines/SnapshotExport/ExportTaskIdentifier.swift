import AWSSigV4

/// The export task id lakectl derives from what is exported and where, so running the same
/// `ingest snapshot` again finds the task it started instead of failing or exporting twice.
///
/// RDS requires 1–60 letters, digits or hyphens, starting with a letter, no trailing or doubled hyphen
/// (API_StartExportTask, ExportTaskIdentifier). The id keeps a readable part of the snapshot name and
/// ends with a hash of every input that changes the export's result.
package enum ExportTaskIdentifier {
    package static func derive(
        snapshotArn: String, bucket: String, prefix: String, kmsKeyId: String, exportOnly: [String]
    ) -> String {
        let identity = [snapshotArn, bucket, prefix, kmsKeyId, exportOnly.sorted().joined(separator: ",")]
            .joined(separator: "\n")
        let hash = String(SHA256Digest.hex(Array(identity.utf8)).prefix(10))
        // arn:aws:rds:REGION:ACCOUNT:snapshot:NAME — NAME itself may contain ':' (automated "rds:db-date").
        let parts = snapshotArn.split(separator: ":", maxSplits: 6, omittingEmptySubsequences: false)
        let snapshotName = parts.count == 7 ? String(parts[6]) : snapshotArn
        var readable = ""
        var lastWasHyphen = true  // so a leading hyphen is dropped
        for ch in snapshotName.lowercased() {
            if ch.isASCII && (ch.isLetter || ch.isNumber) {
                readable.append(ch)
                lastWasHyphen = false
            } else if !lastWasHyphen {
                readable.append("-")
                lastWasHyphen = true
            }
        }
        while readable.hasSuffix("-") { readable.removeLast() }
        let budget = 60 - "lakectl-".count - 1 - hash.count
        if readable.count > budget {
            readable = String(readable.prefix(budget))
            while readable.hasSuffix("-") { readable.removeLast() }
        }
        return readable.isEmpty ? "lakectl-\(hash)" : "lakectl-\(readable)-\(hash)"
    }

    /// Whether `id` satisfies RDS's rules, for `--task-id` given by the user.
    package static func isValid(_ id: String) -> Bool {
        guard (1...60).contains(id.count), let first = id.first, first.isASCII, first.isLetter else { return false }
        guard !id.hasSuffix("-"), !id.contains("--") else { return false }
        return id.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
    }
}
