import Testing

@testable import LakeOrchestration

@Suite struct LakeFileRolePolicyDiffTests {
    static let desired = PolicyDocument(statements: [
        PolicyStatement(sid: "ReadBucket", action: ["s3:ListBucket"], resource: ["arn:aws:s3:::lake"]),
        PolicyStatement(sid: "ReadObjects", action: ["s3:GetObject"], resource: ["arn:aws:s3:::lake/raw/*"]),
    ])

    @Test func theSameDocumentInAnotherOrderIsNoChange() {
        let live = PolicyDocument(statements: Self.desired.statements.reversed())
        #expect(LakeFileRolePolicyDiff.change(role: "r", desired: Self.desired, live: live) == nil)
    }

    @Test func onlyTheActionsAndResourcesAddedOrRemovedAreShownPerStatement() throws {
        let live = PolicyDocument(statements: [
            PolicyStatement(
                sid: "ReadObjects", action: ["s3:GetObject", "s3:DeleteObject"],
                resource: ["arn:aws:s3:::lake/*"]),
            PolicyStatement(sid: "Extra", action: ["s3:PutObject"], resource: ["*"]),
        ])
        let change = try #require(LakeFileRolePolicyDiff.change(role: "r", desired: Self.desired, live: live))
        #expect(change.action == .update && change.kind == "iam role" && change.id == "r")
        #expect(
            change.fields == [
                FieldChange("statement Extra", old: "s3:PutObject on *", new: nil),
                FieldChange("statement ReadBucket", old: nil, new: "s3:ListBucket on arn:aws:s3:::lake"),
                FieldChange("statement ReadObjects actions (removed → added)", old: "s3:DeleteObject", new: nil),
                FieldChange(
                    "statement ReadObjects resources (removed → added)", old: "arn:aws:s3:::lake/*",
                    new: "arn:aws:s3:::lake/raw/*"),
            ])
    }

    @Test func aMissingPolicyShowsEveryStatementAdded() throws {
        let change = try #require(LakeFileRolePolicyDiff.change(role: "r", desired: Self.desired, live: nil))
        #expect(change.fields.map(\.field) == ["statement ReadBucket", "statement ReadObjects"])
        #expect(change.fields.allSatisfy { $0.old == nil })
    }
}
