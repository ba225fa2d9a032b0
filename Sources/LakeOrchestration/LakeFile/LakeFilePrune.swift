/// Resources lakectl made for a lake file that the file no longer declares, and what a plan does with them, pure so
/// every case is unit tested without AWS.
///
/// Ownership (LAKEFILE.md: only what carries `managed-by: lakectl` is ever deleted, and only with `--prune`): a
/// resource is the file's when it carries lakectl's mark and every one of the file's `tags:`, so two lake files
/// with different `tags:` in one account (or a `lakectl stream create` made by hand, which carries the mark
/// alone) never prune each other's resources. A file with no `tags:` owns everything lakectl marked. Tag
/// assignments carry no tags: they are the file's when they are on a table of a database the file declares and
/// of a tag key it defines, as grants are. LF-tag keys carry no mark at all and are never deleted.
///
/// Without `--prune` each one is a warning (`… is not in the file (kept; --prune deletes it)`), not a change,
/// so a plan of an unchanged file stays empty. A bucket that still holds objects, or a database that still holds
/// tables, is never deleted, not even with `--prune` (Terraform's `force_destroy = false`): the plan names it in a
/// warning and leaves it, and the rest of the plan applies.
enum LakeFilePrune {
    struct Orphan: Sendable, Equatable {
        var kind: String
        var id: String
        var target: LakeFilePruneTarget
        /// What is shown as the deleted value (`old` of the plan line's field).
        var field: FieldChange
        /// Why `--prune` leaves it (a bucket's objects, a database's tables); nil when it can be deleted.
        var blocked: String? = nil
    }

    /// lakectl's mark and every one of the file's `tags:`.
    static func owns(_ tags: [String: String], fileTags: [String: String]) -> Bool {
        Ownership.isOwned(tags) && fileTags.allSatisfy { tags[$0.key] == $0.value }
    }

    /// The deletes (in the order given: callers list dependants first) with `prune`, and the warnings.
    static func changes(_ orphans: [Orphan], prune: Bool) -> (
        changes: [(PlannedChange, LakeFileStep)], warnings: [String]
    ) {
        var changes: [(PlannedChange, LakeFileStep)] = []
        var warnings: [String] = []
        for orphan in orphans {
            guard prune else {
                warnings.append("\(orphan.kind) \(orphan.id) is not in the file (kept; --prune deletes it)")
                continue
            }
            if let blocked = orphan.blocked {
                warnings.append("\(orphan.kind) \(orphan.id) is not in the file but \(blocked): --prune leaves it")
                continue
            }
            changes.append(
                (
                    PlannedChange(action: .delete, kind: orphan.kind, id: orphan.id, fields: [orphan.field]),
                    .prune(orphan.target)
                ))
        }
        return (changes, warnings)
    }
}
