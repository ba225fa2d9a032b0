import AWSCore
import AWSServices

/// The data lake settings as a resource: read them, compare with the asked change, and put them back only when
/// something differs — admins and the IAM_ALLOWED_PRINCIPALS defaults; every other field is sent back as read.
package struct DataLakeSettingsResource: ResourceKind {
    package static let kind = "lake formation settings"

    package let lf: LakeFormationClient
    /// The catalog whose settings these are; nil for the caller's account.
    package let catalogId: String?

    package init(lf: LakeFormationClient, catalogId: String? = nil) {
        self.lf = lf
        self.catalogId = catalogId
    }

    package func read(_ desired: SettingsChange) async throws -> LFDataLakeSettings? {
        try await lf.getDataLakeSettings(catalogId: catalogId)
    }

    package static func diff(_ desired: SettingsChange, _ live: LFDataLakeSettings?) throws -> PlannedChange {
        let before = live ?? LFDataLakeSettings()
        let after = desired.applied(to: before)
        func admins(_ s: LFDataLakeSettings) -> String { s.dataLakeAdmins.map(\.identifier).joined(separator: ",") }
        func grants(_ g: [LFDataLakeSettings.DefaultPermission]) -> String {
            g.map { "\($0.principal.identifier): \($0.permissions.joined(separator: ","))" }.joined(separator: "; ")
        }
        var fields: [FieldChange] = []
        if before.dataLakeAdmins != after.dataLakeAdmins {
            fields.append(FieldChange("admins", old: admins(before), new: admins(after)))
        }
        if before.createDatabaseDefaultPermissions != after.createDatabaseDefaultPermissions {
            fields.append(
                FieldChange(
                    "database defaults", old: grants(before.createDatabaseDefaultPermissions),
                    new: grants(after.createDatabaseDefaultPermissions)))
        }
        if before.createTableDefaultPermissions != after.createTableDefaultPermissions {
            fields.append(
                FieldChange(
                    "table defaults", old: grants(before.createTableDefaultPermissions),
                    new: grants(after.createTableDefaultPermissions)))
        }
        if fields.isEmpty { return .noop(kind: kind, id: "data lake settings") }
        return PlannedChange(action: .update, kind: kind, id: "data lake settings", fields: fields)
    }

    /// Puts the settings with the change made to what was read (a Put is whole-object and so safe to retry).
    package func apply(_ change: PlannedChange, desired: SettingsChange, live: LFDataLakeSettings?) async throws
        -> Change
    {
        guard change.action == .update else { return .unchanged }
        try await lf.putDataLakeSettings(desired.applied(to: live ?? LFDataLakeSettings()), catalogId: catalogId)
        return change.change
    }
}
