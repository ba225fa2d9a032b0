import AWSServices
import Testing

@testable import LakeOrchestration

/// A workgroup's plan from its live state alone (no AWS): create with every field, update with only the
/// differing ones, noop when it matches.
@Suite struct WorkgroupResourceTests {
    static let spec = WorkgroupSpec(
        name: "analysts", outputLocation: "s3://results/analysts/", bytesScannedCutoff: 10_000_000_000, enforce: true)

    @Test func missingIsACreateSettingEveryField() throws {
        let change = try WorkgroupResource.diff(Self.spec, nil)
        #expect(change.action == .create)
        #expect(
            change.fields.map(\.field) == [
                "output location", "bytes scanned cutoff", "enforce configuration", "description",
            ])
    }

    @Test func matchingIsNoopAndADifferenceIsAnUpdateOfThatField() throws {
        var live = AthenaWorkGroup(
            name: "analysts", state: "ENABLED", description: "", outputLocation: "s3://results/analysts/",
            bytesScannedCutoffPerQuery: 10_000_000_000, enforceWorkGroupConfiguration: true)
        #expect(try WorkgroupResource.diff(Self.spec, live).action == .noop)
        live.bytesScannedCutoffPerQuery = nil
        let change = try WorkgroupResource.diff(Self.spec, live)
        #expect(change.action == .update)
        #expect(change.fields == [FieldChange("bytes scanned cutoff", old: nil, new: "10000000000")])
    }

    @Test func athenasRulesAreCheckedBeforeAnyCall() {
        #expect(throws: WorkgroupError.invalidName("bad name")) { try WorkgroupSpec(name: "bad name").validate() }
        #expect(throws: WorkgroupError.cutoffTooSmall(5)) {
            try WorkgroupSpec(name: "w", bytesScannedCutoff: 5).validate()
        }
        #expect(throws: WorkgroupError.invalidOutputLocation("/tmp/x")) {
            try WorkgroupSpec(name: "w", outputLocation: "/tmp/x").validate()
        }
    }
}
