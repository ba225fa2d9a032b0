/// The grants half of a lake-file plan, pure so every case is unit tested without AWS. Grants are compared in
/// normal form (`GrantNormalizer`): Lake Formation lists an ALL grant with a hidden column-wildcard grant and
/// SELECT on every column as TableWithColumns, and those normalise to the table grants the file wrote, so they
/// never show as changes (Terraform's Lake Formation drift loop).
enum LakeFileGrantDiff {
    static let kind = "lf grant"

    /// Creates for desired permissions no live grant covers; with `prune`, deletes of live grants that
    /// `prunable` admits and the file does not ask for; `forced` live grants are deleted even without `prune`
    /// (IAM_ALLOWED_PRINCIPALS on databases the file says to govern by Lake Formation alone).
    static func changes(
        desired: [DesiredGrant], live: [NormalGrant], prune: Bool, prunable: (NormalGrant) -> Bool,
        forced: (NormalGrant) -> Bool
    ) -> [(PlannedChange, LakeFileStep)] {
        let wanted = Set(
            desired.flatMap { d in
                d.permissions.map { [d.principal, "\(d.resource)", $0] }
            })
        let removed = live.filter { grant in
            let asked =
                wanted.contains([grant.principal, "\(grant.resource)", grant.permission])
                || wanted.contains([grant.principal, "\(grant.resource)", "ALL"])
            return !asked && (forced(grant) || (prune && prunable(grant)))
        }
        let kept = live.filter { !removed.contains($0) }
        var out: [(PlannedChange, LakeFileStep)] = []
        for d in desired {
            let held = kept.filter { $0.principal == d.principal && $0.resource == d.resource }
            let missing = d.permissions.filter { permission in
                let grant = NormalGrant(
                    principal: d.principal, resource: d.resource, permission: permission, grantable: false)
                return !held.contains { $0.covers(grant) }
            }
            let id = "\(d.principal) on \(d.resource.kind) \(d.resource.name)"
            if missing.isEmpty {
                out.append((.noop(kind: kind, id: id), .none))
                continue
            }
            let old = held.map(\.permission).sorted()
            out.append(
                (
                    PlannedChange(
                        action: .create, kind: kind, id: id,
                        fields: [
                            FieldChange(
                                "permissions", old: old.isEmpty ? nil : old.joined(separator: ","),
                                new: missing.joined(separator: ","))
                        ]),
                    d.step(missing)
                ))
        }
        let groups = Dictionary(grouping: removed) { [$0.principal, "\($0.resource)"] }
        for key in groups.keys.sorted(by: { $0.joined() < $1.joined() }) {
            guard let grants = groups[key], let first = grants.first, let source = first.source else { continue }
            let permissions = grants.map(\.permission).sorted()
            out.append(
                (
                    PlannedChange(
                        action: .delete, kind: kind,
                        id: "\(first.principal) on \(first.resource.kind) \(first.resource.name)",
                        fields: [FieldChange("permissions", old: permissions.joined(separator: ","), new: nil)]),
                    .revoke(principal: first.principal, resource: source, permissions: permissions)
                ))
        }
        return out
    }
}
