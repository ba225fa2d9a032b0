import AWSServices
import Testing

@testable import LakeOrchestration

/// `GlueDatabaseResource.diff`, without AWS: created when missing, an existing one used as it is.
@Suite struct GlueDatabaseResourceTests {
    @Test func missingIsCreatedExistingIsLeftAlone() throws {
        let desired = GlueDatabaseResource.Desired(name: "shop")
        let create = try GlueDatabaseResource.diff(desired, nil)
        #expect(create.action == .create)
        #expect(create.fields == [FieldChange("managed-by", old: nil, new: "lakectl")])
        let existing = try GlueDatabaseResource.diff(desired, GlueDatabase(name: "shop", parameters: nil))
        #expect(existing == .noop(kind: "glue database", id: "shop"))
    }
}
