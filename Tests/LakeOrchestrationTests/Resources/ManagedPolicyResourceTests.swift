import AWSServices
import Testing

@testable import LakeOrchestration

/// `ManagedPolicyResource.diff`, without AWS.
@Suite struct ManagedPolicyResourceTests {
    static let arn = "arn:aws:iam::123456789012:policy/p"
    static let narrow = PolicyGenerator.forRDSExport(bucket: "lake", prefix: "a")
    static let wide = PolicyDocument(
        statements: narrow.statements + [PolicyStatement(sid: "More", action: ["s3:GetObject"], resource: ["*"])])

    static func live(_ document: PolicyDocument) -> ManagedPolicyResource.Live {
        ManagedPolicyResource.Live(
            policy: ManagedPolicy(policyName: "p", policyId: "ID", arn: arn, defaultVersionId: "v1"),
            document: document)
    }

    @Test func missingIsCreatedWithItsDocument() throws {
        let change = try ManagedPolicyResource.diff(.init(name: "p", document: Self.narrow), nil)
        #expect(change.action == .create)
        #expect(change.id == "p")
        #expect(change.fields == [FieldChange("document", old: nil, new: Self.narrow.canonicalJSON(pretty: false))])
    }

    @Test func semanticallyEqualIsNoop() throws {
        var reordered = Self.narrow
        reordered.statements.reverse()
        let change = try ManagedPolicyResource.diff(.init(name: "p", document: reordered), Self.live(Self.narrow))
        #expect(change == .noop(kind: "iam policy", id: Self.arn))
    }

    @Test func wideningIsAnUpdateShowingOldAndNew() throws {
        let change = try ManagedPolicyResource.diff(
            .init(name: "p", document: Self.wide, mayNarrow: false), Self.live(Self.narrow))
        #expect(change.action == .update)
        #expect(change.fields.map(\.field) == ["document"])
        #expect(change.fields.first?.old == Self.narrow.canonicalJSON(pretty: false))
        #expect(change.fields.first?.new == Self.wide.canonicalJSON(pretty: false))
    }

    @Test func narrowingIsRefusedUnlessAllowed() throws {
        let refused = #expect(throws: ResourceError.self) {
            try ManagedPolicyResource.diff(
                .init(name: "p", document: Self.narrow, mayNarrow: false), Self.live(Self.wide))
        }
        #expect(refused == .policyWouldNarrow(arn: Self.arn, removed: ["s3:GetObject on *"]))
        let allowed = try ManagedPolicyResource.diff(.init(name: "p", document: Self.narrow), Self.live(Self.wide))
        #expect(allowed.action == .update)
    }
}
