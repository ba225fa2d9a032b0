import Testing

@testable import LakeOrchestration

@Suite struct LakeFileSettingsDiffTests {
    @Test func adminsAreOnlyAdded() throws {
        let (change, step) = try #require(LakeFileSettingsDiff.admins(desired: ["a", "b"], live: ["b", "c"]))
        #expect(change.action == .update && change.fields == [FieldChange("admins", old: "b,c", new: "b,c,a")])
        #expect(step == .addAdmins(["a"]))
        #expect(LakeFileSettingsDiff.admins(desired: ["b"], live: ["b", "c"])?.0.action == .noop)
        #expect(LakeFileSettingsDiff.admins(desired: [], live: ["c"]) == nil)
    }

    @Test func aLocationUnderARegisteredParentIsNoChange() {
        let changes = LakeFileSettingsDiff.locations(
            desired: ["arn:aws:s3:::lake/raw", "arn:aws:s3:::other", "arn:aws:s3:::lakehouse"],
            registered: ["arn:aws:s3:::lake", "arn:aws:s3:::other/"])
        #expect(changes.map(\.0.action) == [.noop, .noop, .create])
        #expect(changes[2].1 == .registerLocation(arn: "arn:aws:s3:::lakehouse"))
    }
}
