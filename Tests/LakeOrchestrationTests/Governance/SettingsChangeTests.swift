import AWSServices
import Testing

@testable import LakeOrchestration

/// The data lake settings as a resource, pure: what a change does to what was read, and when it is a no-op.
@Suite struct SettingsChangeTests {
    let iam = LFDataLakeSettings.DefaultPermission(principal: .iamAllowedPrincipals, permissions: ["ALL"])
    let admin = "arn:aws:iam::123456789012:role/admin"

    @Test func addingAnAdminKeepsTheOthersAndIsANoopOnceThere() throws {
        var live = LFDataLakeSettings(dataLakeAdmins: [LFPrincipal("other")])
        let change = SettingsChange(addAdmins: [admin])
        let planned = try DataLakeSettingsResource.diff(change, live)
        #expect(planned.action == .update && planned.fields.map(\.field) == ["admins"])
        #expect(planned.fields.first?.new == "other,\(admin)")
        live = change.applied(to: live)
        #expect(try DataLakeSettingsResource.diff(change, live).action == .noop)
        #expect(
            try DataLakeSettingsResource.diff(SettingsChange(removeAdmins: [admin]), live).fields.first?.new == "other")
    }

    @Test func iamAllowedDefaultsOffRemovesOnlyThatPrincipalAndOnPutsItBack() throws {
        let analyst = LFDataLakeSettings.DefaultPermission(principal: LFPrincipal("analyst"), permissions: ["DESCRIBE"])
        let live = LFDataLakeSettings(
            createDatabaseDefaultPermissions: [iam, analyst], createTableDefaultPermissions: [iam])
        let off = SettingsChange(iamAllowedDefaults: false).applied(to: live)
        #expect(off.createDatabaseDefaultPermissions == [analyst] && off.createTableDefaultPermissions.isEmpty)
        #expect(
            try DataLakeSettingsResource.diff(SettingsChange(iamAllowedDefaults: false), live).fields.map(\.field)
                == ["database defaults", "table defaults"])
        #expect(try DataLakeSettingsResource.diff(SettingsChange(iamAllowedDefaults: false), off).action == .noop)
        #expect(try DataLakeSettingsResource.diff(SettingsChange(iamAllowedDefaults: true), live).action == .noop)
        let on = SettingsChange(iamAllowedDefaults: true).applied(to: off)
        #expect(on.createTableDefaultPermissions == [iam])
    }

    @Test func addingAndRemovingTheSameAdminIsRefused() {
        #expect(throws: GovernanceError.self) {
            try SettingsChange(addAdmins: [admin], removeAdmins: [admin]).validate()
        }
        #expect(throws: GovernanceError.self) {
            try SettingsChange(addAdmins: ["IAM_ALLOWED_PRINCIPALS"]).validate()
        }
    }
}
