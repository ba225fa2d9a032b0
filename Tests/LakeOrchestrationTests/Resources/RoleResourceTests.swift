import AWSServices
import Testing

@testable import LakeOrchestration

/// `RoleResource.diff`, without AWS.
@Suite struct RoleResourceTests {
    static let arn = "arn:aws:iam::123456789012:role/r"
    static let trust = TrustPolicy.service("export.rds.amazonaws.com")
    static let inline = PolicyGenerator.forRDSExport(bucket: "lake")

    static func live(
        trust: PolicyDocument = trust, attached: Set<String> = ["p1"], inline: [String: PolicyDocument] = [:]
    ) -> RoleResource.Live {
        RoleResource.Live(
            role: Role(roleName: "r", roleId: "ID", arn: arn), trust: trust, attached: attached, inline: inline)
    }

    @Test func missingIsCreatedWithTrustAttachmentsAndInline() throws {
        let change = try RoleResource.diff(
            .init(name: "r", trust: Self.trust, attach: ["p1"], inline: ["i": Self.inline]), nil)
        #expect(change.action == .create)
        #expect(change.fields.map(\.field) == ["trust policy", "attached p1", "inline policy i"])
    }

    @Test func matchingIsNoopEvenWithPoliciesAttachedByHand() throws {
        let change = try RoleResource.diff(
            .init(name: "r", trust: Self.trust, attach: ["p1"]), Self.live(attached: ["p1", "by-hand"]))
        #expect(change == .noop(kind: "iam role", id: Self.arn))
    }

    @Test func onlyWhatDiffersIsPlanned() throws {
        let other = TrustPolicy.service("glue.amazonaws.com")
        let change = try RoleResource.diff(
            .init(name: "r", trust: other, attach: ["p1", "p2"], inline: ["i": Self.inline]),
            Self.live(inline: ["i": Self.inline]))
        #expect(change.action == .update)
        #expect(
            change.fields == [
                FieldChange(
                    "trust policy", old: Self.trust.canonicalJSON(pretty: false),
                    new: other.canonicalJSON(pretty: false)),
                FieldChange("attached p2", old: nil, new: "attached"),
            ])
        #expect(change.change == .updated(["trust policy", "attached p2"]))
    }
}
