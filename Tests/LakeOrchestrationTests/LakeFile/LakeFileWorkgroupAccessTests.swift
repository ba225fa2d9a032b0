import LakeConfig
import Testing

@testable import LakeOrchestration

@Suite struct LakeFileWorkgroupAccessTests {
    @Test func theExampleAnalystsGetAnAthenaPolicyForTheirWorkgroupAlone() throws {
        let lake = try LakeFileLoader.parse(LakeFileExample.text, file: "lake.yaml")
        let (access, warnings) = LakeFileWorkgroupAccess.desired(lake, account: "123456789012", region: "us-east-1")
        #expect(warnings.isEmpty)
        #expect(access.map(\.id) == ["analyst/lakectl-athena-analysts"])
        let document = try #require(access.first?.document)
        #expect(
            document.statement(sid: "Workgroup")?.resource == [
                "arn:aws:athena:us-east-1:123456789012:workgroup/analysts"
            ])
        #expect(
            document.statement(sid: "Results")?.resource == [
                "arn:aws:s3:::shop-athena-results-123456789012/analysts/*"
            ])
        let create = LakeFileWorkgroupAccess.change(access[0], live: nil, liveText: nil)
        #expect(create.action == .create && create.kind == "iam role policy")
        #expect(LakeFileWorkgroupAccess.change(access[0], live: document, liveText: "{}").action == .noop)
    }

    @Test func rolesAreNamedByTheirLastPathPartAndOtherPrincipalsAreNotRoles() {
        #expect(LakeFileWorkgroupAccess.roleName("arn:aws:iam::123456789012:role/analyst") == "analyst")
        #expect(LakeFileWorkgroupAccess.roleName("arn:aws:iam::123456789012:role/teams/bi/analyst") == "analyst")
        #expect(LakeFileWorkgroupAccess.roleName("arn:aws:iam::123456789012:user/alice") == nil)
    }
}
