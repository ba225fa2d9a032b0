import Testing

@testable import LakeOrchestration

/// `KeyGrantResource.diff`, without AWS.
@Suite struct KeyGrantResourceTests {
    static let role = "arn:aws:iam::123456789012:role/export"
    static let root = PolicyDocument(statements: [
        PolicyStatement(
            sid: "Root", principal: .entities(["AWS": ["arn:aws:iam::123456789012:root"]]), action: ["kms:*"],
            resource: ["*"])
    ])

    @Test func aPolicyWithoutTheRoleGetsItsStatement() throws {
        let change = try KeyGrantResource.diff(.init(keyId: "k", roleArn: Self.role), Self.root)
        #expect(change.action == .update)
        #expect(change.change == .updated(["key policy"]))
        #expect(change.fields.first?.old == nil)
        #expect(change.fields.first?.new?.contains(Self.role) == true)
    }

    @Test func aPolicyGrantingTheRoleIsNoop() throws {
        let (granted, _) = KeyPolicy.granting(Self.root, roleArn: Self.role)
        let change = try KeyGrantResource.diff(.init(keyId: "k", roleArn: Self.role), granted)
        #expect(change.action == .noop)
    }
}
