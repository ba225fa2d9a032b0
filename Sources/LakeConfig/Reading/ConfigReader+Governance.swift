import Foundation

extension ConfigReader {
    static let permissions = [
        "ALL", "SELECT", "ALTER", "DROP", "DELETE", "INSERT", "DESCRIBE", "CREATE_TABLE", "DATA_LOCATION_ACCESS",
    ]

    mutating func lakeFormation(_ node: ConfigNode, _ path: String) -> LakeFormationDeclaration {
        var spec = LakeFormationDeclaration()
        guard
            let set = fields(
                node, path,
                optional: ["admins", "locations", "revoke_iam_allowed_principals", "tags", "tag_assignments"])
        else { return spec }
        spec.admins = principals(set, "admins")
        if let n = set.node("locations") {
            spec.locations = list(n, set.path("locations")).enumerated().compactMap {
                s3Target($1, "\(set.path("locations"))[\($0)]")
            }
        }
        if let n = set.node("revoke_iam_allowed_principals") {
            let base = set.path("revoke_iam_allowed_principals")
            for (index, item) in list(n, base).enumerated() {
                if let name = string(item, "\(base)[\(index)]") {
                    spec.revokeIAMAllowedPrincipals.append(
                        NameReference(name: name, location: item.location, path: "\(base)[\(index)]"))
                }
            }
        }
        if let n = set.node("tags") {
            for entry in namedEntries(n, set.path("tags")) {
                spec.tags.append((entry.key, strings(entry.value, "\(set.path("tags")).\(entry.key)", nonEmpty: true)))
            }
        }
        if let n = set.node("tag_assignments") {
            spec.tagAssignments = list(n, set.path("tag_assignments")).enumerated().compactMap {
                tagAssignment($1, "\(set.path("tag_assignments"))[\($0)]")
            }
        }
        return spec
    }

    mutating func tagAssignment(_ node: ConfigNode, _ path: String) -> LakeFormationDeclaration.TagAssignment? {
        guard let set = fields(node, path, required: ["table", "tags"], optional: ["columns"]),
            let table = tableReference(set, "table"), let tagsNode = set.node("tags")
        else { return nil }
        return LakeFormationDeclaration.TagAssignment(
            table: table, columns: strings(set, "columns", nonEmpty: true),
            tags: tagValues(tagsNode, set.path("tags"), single: true), location: node.location)
    }

    /// `{ key: value }` (assignments) or `{ key: [values] }` (expressions).
    mutating func tagValues(_ node: ConfigNode, _ path: String, single: Bool) -> [String: [String]] {
        var out: [String: [String]] = [:]
        for entry in namedEntries(node, path) {
            let p = "\(path).\(entry.key)"
            if single {
                out[entry.key] = string(entry.value, p, expected: "one tag value").map { [$0] } ?? []
            } else {
                out[entry.key] = strings(entry.value, p, nonEmpty: true)
            }
        }
        if out.isEmpty { fail(node.location, path, "no tags given", expected: "at least one tag key") }
        return out
    }

    mutating func principals(_ set: FieldSet, _ key: String) -> [String] {
        guard let node = set.node(key) else { return [] }
        let items = list(node, set.path(key))
        return items.enumerated().compactMap { index, item in
            let p = "\(set.path(key))[\(index)]"
            guard let text = string(item, p) else { return nil }
            if !PrincipalARN.isValid(text) {
                fail(
                    item.location, p, "\"\(text)\" is not an IAM principal ARN",
                    expected: "arn:aws:iam::<account>:role/<name> or :user/<name>")
            }
            return text
        }
    }

    mutating func tableReference(_ set: FieldSet, _ key: String) -> TableReference? {
        guard let node = set.node(key), let text = string(node, set.path(key)) else { return nil }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
            fail(node.location, set.path(key), "\"\(text)\" is not database.table", expected: "<database>.<table>")
            return nil
        }
        return TableReference(
            database: String(parts[0]), table: String(parts[1]), location: node.location, path: set.path(key))
    }

    mutating func team(_ entry: ConfigNode.Entry, _ path: String) -> TeamDeclaration? {
        guard let set = fields(entry.value, path, required: ["principals", "grants"]) else { return nil }
        let principals = principals(set, "principals")
        if principals.isEmpty, let node = set.node("principals") {
            fail(node.location, set.path("principals"), "no principals", expected: "at least one principal ARN")
        }
        let grants = set.node("grants").map { node in
            list(node, set.path("grants")).enumerated().compactMap { grant($1, "\(set.path("grants"))[\($0)]") }
        }
        return TeamDeclaration(
            name: entry.key, principals: principals, grants: grants ?? [], location: entry.value.location)
    }

    mutating func grant(_ node: ConfigNode, _ path: String) -> GrantDeclaration? {
        let targets = ["database", "table", "workgroup", "tag"]
        guard
            let set = fields(
                node, path, optional: targets + ["permissions", "columns", "exclude_columns", "row_filter"])
        else { return nil }
        let given = targets.filter(set.has)
        guard given.count == 1, let kind = given.first else {
            fail(
                node.location, path,
                given.isEmpty ? "the grant names no resource" : "the grant names \(given.joined(separator: " and "))",
                expected: "exactly one of database, table, workgroup, tag")
            return nil
        }
        let target: GrantDeclaration.Target
        switch kind {
        case "database":
            guard let r = reference(set, "database") else { return nil }
            target = .database(r)
        case "table":
            guard let t = tableReference(set, "table") else { return nil }
            target = .table(t)
        case "workgroup":
            guard let r = reference(set, "workgroup") else { return nil }
            target = .workgroup(r)
        default:
            guard let n = set.node("tag") else { return nil }
            target = .tagExpression(tagValues(n, set.path("tag"), single: false))
        }
        var permissions: [String] = []
        if let n = set.node("permissions") {
            permissions = strings(n, set.path("permissions"), nonEmpty: true)
            for (i, p) in permissions.enumerated() where !Self.permissions.contains(p) {
                let item = (try? itemLocation(n, i)) ?? n.location
                fail(
                    item, "\(set.path("permissions"))[\(i)]", "\"\(p)\" is not a Lake Formation permission",
                    expected: "one of \(Self.permissions.joined(separator: ", "))")
            }
        } else if kind != "workgroup" {
            fail(
                node.location, set.path("permissions"), "missing required key \"permissions\"",
                expected: "\"permissions\" in this grant")
        }
        if kind == "workgroup", set.has("permissions") {
            fail(
                node.location, set.path("permissions"), "a workgroup grant takes no permissions",
                expected: "{ workgroup: <name> } alone")
        }
        var spec = GrantDeclaration(
            target: target, permissions: permissions, columns: strings(set, "columns", nonEmpty: true),
            excludeColumns: strings(set, "exclude_columns", nonEmpty: true), rowFilter: string(set, "row_filter"),
            rowFilterLocation: set.node("row_filter")?.location,
            location: node.location, path: path)
        checkCellGrant(&spec, set, kind: kind)
        return spec
    }

    private func itemLocation(_ node: ConfigNode, _ index: Int) throws -> SourceLocation {
        guard case .sequence(let items) = node.value, items.indices.contains(index) else { return node.location }
        return items[index].location
    }

    /// Column lists and row filters belong on table grants of SELECT alone, and never both lists at once.
    private mutating func checkCellGrant(_ spec: inout GrantDeclaration, _ set: FieldSet, kind: String) {
        guard spec.needsDataCellsFilter else { return }
        if kind != "table" {
            fail(
                spec.location, spec.path, "columns, exclude_columns and row_filter apply to tables only",
                expected: "table: <database>.<table>")
        }
        if spec.columns != nil, spec.excludeColumns != nil, let n = set.entries["exclude_columns"] {
            fail(
                n.keyLocation, set.path("exclude_columns"), "columns and exclude_columns together",
                expected: "either columns or exclude_columns, not both")
        }
        if spec.permissions != ["SELECT"], let n = set.node("permissions") {
            fail(n.location, set.path("permissions"), "a data cells filter grants SELECT only", expected: "[SELECT]")
        }
    }
}
