/// Cross-references: every name a resource uses must be declared in its section, reported at the line of
/// the use. LF-tag keys and values used by assignments and grants must be among `lake_formation.tags`.
struct ReferenceCheck {
    let file: LakeFile
    var errors: [LakeFileProblem] = []

    init(_ file: LakeFile) { self.file = file }

    mutating func run() -> [LakeFileProblem] {
        let keys = Set(file.kmsKeys.map(\.name))
        let buckets = Set(file.buckets.map(\.name))
        let databases = Set(file.databases.map(\.name))
        let workgroups = Set(file.workgroups.map(\.name))
        for bucket in file.buckets { check(bucket.kmsKey, in: keys, "kms_keys") }
        for s in file.snapshots {
            check(s.bucket, in: buckets, "buckets")
            check(s.kmsKey, in: keys, "kms_keys")
            check(s.catalog, in: databases, "databases")
        }
        for c in file.crawlers {
            check(c.database, in: databases, "databases")
            for t in c.targets { check(t.bucket, in: buckets, "buckets") }
        }
        for s in file.streams {
            check(s.bucket, in: buckets, "buckets")
            check(s.parquet?.database, in: databases, "databases")
        }
        let lf = file.lakeFormation
        for l in lf.locations { check(l.bucket, in: buckets, "buckets") }
        for r in lf.revokeIAMAllowedPrincipals { check(r, in: databases, "databases") }
        for a in lf.tagAssignments {
            check(a.table, in: databases)
            checkTags(a.tags, at: a.location, path: "\(a.table.path.dropLast(".table".count)).tags")
        }
        for team in file.teams {
            for grant in team.grants {
                switch grant.target {
                case .database(let r): check(r, in: databases, "databases")
                case .table(let t): check(t, in: databases)
                case .workgroup(let r): check(r, in: workgroups, "workgroups")
                case .tagExpression(let tags): checkTags(tags, at: grant.location, path: "\(grant.path).tag")
                }
            }
        }
        return errors
    }

    private mutating func check(_ reference: NameReference?, in declared: Set<String>, _ section: String) {
        guard let reference, !declared.contains(reference.name) else { return }
        let hint =
            KeySuggestion.nearest(to: reference.name, in: declared.sorted()).map { " (did you mean \"\($0)\"?)" } ?? ""
        errors.append(
            LakeFileProblem(
                location: reference.location, path: reference.path,
                problem: "\"\(reference.name)\" is not declared under \(section)\(hint)",
                expected: declared.isEmpty
                    ? "a name declared under \(section)" : "one of \(declared.sorted().joined(separator: ", "))"))
    }

    private mutating func check(_ table: TableReference, in databases: Set<String>) {
        check(
            NameReference(name: table.database, location: table.location, path: table.path), in: databases, "databases")
    }

    private mutating func checkTags(_ tags: [String: [String]], at location: SourceLocation, path: String) {
        let declared = Dictionary(file.lakeFormation.tags.map { ($0.key, $0.values) }, uniquingKeysWith: { a, _ in a })
        for (key, values) in tags.sorted(by: { $0.key < $1.key }) {
            guard let allowed = declared[key] else {
                errors.append(
                    LakeFileProblem(
                        location: location, path: "\(path).\(key)", problem: "LF-tag \"\(key)\" is not declared",
                        expected: "a key of lake_formation.tags"))
                continue
            }
            for value in values where !allowed.contains(value) {
                errors.append(
                    LakeFileProblem(
                        location: location, path: "\(path).\(key)",
                        problem: "\"\(value)\" is not a value of LF-tag \"\(key)\"",
                        expected: "one of \(allowed.joined(separator: ", "))"))
            }
        }
    }
}
