/// The data cells filters half of a lake-file plan, pure: create what is missing, update a filter whose row
/// expression or columns differ, and with `prune` delete filters named in the file's pattern
/// (`<team>__<database>__<table>`) on the tables it governs that no team asks for any more.
enum LakeFileFilterDiff {
    static let kind = "lf data cells filter"

    static func changes(desired: [FilterSpec], live: [FilterSpec], prune: Bool) -> [(PlannedChange, LakeFileStep)] {
        var out: [(PlannedChange, LakeFileStep)] = []
        for spec in desired {
            let id = "\(spec.database).\(spec.table)/\(spec.name)"
            let step = LakeFileStep.ensureFilter(
                database: spec.database, table: spec.table, name: spec.name, rowFilter: spec.rowFilter,
                columns: spec.columns.included, excluded: spec.columns.excluded)
            guard
                let current = live.first(where: {
                    $0.database == spec.database && $0.table == spec.table && $0.name == spec.name
                })
            else {
                out.append(
                    (
                        PlannedChange(
                            action: .create, kind: kind, id: id,
                            fields: [
                                FieldChange("row_filter", old: nil, new: spec.rowFilter ?? "*"),
                                FieldChange("columns", old: nil, new: spec.columns.description),
                            ]), step
                    ))
                continue
            }
            var fields: [FieldChange] = []
            if current.rowFilter != spec.rowFilter {
                fields.append(FieldChange("row_filter", old: current.rowFilter ?? "*", new: spec.rowFilter ?? "*"))
            }
            if current.columns != spec.columns {
                fields.append(FieldChange("columns", old: current.columns.description, new: spec.columns.description))
            }
            out.append(
                (
                    fields.isEmpty
                        ? .noop(kind: kind, id: id)
                        : PlannedChange(action: .update, kind: kind, id: id, fields: fields), step
                ))
        }
        guard prune else { return out }
        let wanted = Set(desired.map { "\($0.database).\($0.table)/\($0.name)" })
        for spec in live.sorted(by: { $0.name < $1.name }) {
            let id = "\(spec.database).\(spec.table)/\(spec.name)"
            guard !wanted.contains(id), spec.name.hasSuffix("__\(spec.database)__\(spec.table)") else { continue }
            out.append(
                (
                    PlannedChange(
                        action: .delete, kind: kind, id: id,
                        fields: [FieldChange("row_filter", old: spec.rowFilter ?? "*", new: nil)]),
                    .deleteFilter(database: spec.database, table: spec.table, name: spec.name)
                ))
        }
        return out
    }
}

extension ColumnSpec {
    var included: [String]? {
        if case .include(let names) = self { return names }
        return nil
    }

    var excluded: [String]? {
        if case .exclude(let names) = self { return names }
        return nil
    }
}
