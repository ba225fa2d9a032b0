/// Lake Formation's account-wide settings a lake file declares, pure: admins are only ever added (an admin
/// carries no ownership mark, so lakectl never removes one), and locations are registered unless they or a
/// parent folder already are.
enum LakeFileSettingsDiff {
    static func admins(desired: [String], live: [String]) -> (PlannedChange, LakeFileStep)? {
        guard !desired.isEmpty else { return nil }
        let missing = desired.filter { !live.contains($0) }
        let kind = "lf admins"
        if missing.isEmpty { return (.noop(kind: kind, id: "data lake administrators"), .none) }
        return (
            PlannedChange(
                action: .update, kind: kind, id: "data lake administrators",
                fields: [
                    FieldChange(
                        "admins", old: live.isEmpty ? nil : live.joined(separator: ","),
                        new: (live + missing).joined(separator: ","))
                ]), .addAdmins(missing)
        )
    }

    static func locations(desired: [String], registered: [String]) -> [(PlannedChange, LakeFileStep)] {
        desired.map { arn in
            let kind = "lf location"
            if LakeGovernance.isRegistered(arn, in: registered) { return (.noop(kind: kind, id: arn), .none) }
            return (
                PlannedChange(
                    action: .create, kind: kind, id: arn, fields: [FieldChange("registered", old: nil, new: "yes")]),
                .registerLocation(arn: arn)
            )
        }
    }
}
