/// `lake_formation.tags` and `tag_assignments` against Lake Formation, pure so every case is unit tested without
/// AWS. A tag key is defined with exactly the file's values (as `tag create` does); an assignment is planned only
/// for the `resource: key=value` pairs the resource does not carry yet. A tag key is never deleted: LF-tags carry no
/// ownership mark, so lakectl cannot tell its own from someone else's; an assignment of one of the file's keys on a
/// table of one of its databases that the file no longer declares is removed by `--prune` (`LakeFilePrune`).
enum LakeFileTagDiff {
    static let tagKind = "lf tag"
    static let assignmentKind = "lf tag assignment"

    /// `live`: the key's defined values, nil when the key is not defined.
    static func tag(key: String, values: [String], live: [String]?) -> (PlannedChange, LakeFileStep) {
        let desired = TagKeyValues(key: key, values: values).values
        let step = LakeFileStep.ensureTag(key: key, values: desired)
        guard let live else {
            return (
                PlannedChange(
                    action: .create, kind: tagKind, id: key,
                    fields: [FieldChange("values", old: nil, new: desired.joined(separator: ","))]), step
            )
        }
        let held = TagKeyValues(key: key, values: live).values
        if held == desired { return (.noop(kind: tagKind, id: key), .none) }
        return (
            PlannedChange(
                action: .update, kind: tagKind, id: key,
                fields: [
                    FieldChange("values", old: held.joined(separator: ","), new: desired.joined(separator: ","))
                ]), step
        )
    }

    /// `held`: what the table (or the named columns) carries now, as `tagAssignments` reads it.
    static func assignment(
        database: String, table: String, columns: [String]?, tags: [String: [String]], held: [TagAssignment]
    ) -> (PlannedChange, LakeFileStep) {
        let names = columns.map { $0.map { "\(database).\(table).\($0)" } } ?? ["\(database).\(table)"]
        let id = columns.map { "\(database).\(table) columns \($0.joined(separator: ","))" } ?? "\(database).\(table)"
        let wanted = names.flatMap { name in
            tags.keys.sorted().flatMap { key in
                (tags[key] ?? []).map { TagAssignment(resource: name, key: key, value: $0) }
            }
        }
        let missing = wanted.filter { !held.contains($0) }
        if missing.isEmpty { return (.noop(kind: assignmentKind, id: id), .none) }
        let keys = Set(missing.map(\.key))
        let before = Set(held.filter { keys.contains($0.key) }.map { "\($0.key)=\($0.value)" }).sorted()
        let after = Set(missing.map { "\($0.key)=\($0.value)" }).sorted()
        return (
            PlannedChange(
                action: held.isEmpty ? .create : .update, kind: assignmentKind, id: id,
                fields: [
                    FieldChange(
                        "tags", old: before.isEmpty ? nil : before.joined(separator: ","),
                        new: after.joined(separator: ","))
                ]),
            .assignTags(database: database, table: table, columns: columns, tags: tags)
        )
    }
}
