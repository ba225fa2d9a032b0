import Foundation
import LakeOrchestration
import Testing

@testable import LakeCLI

/// Plans as people and scripts see them.
@Suite struct PlanRendererTests {
    static let plan = Plan([
        PlannedChange(
            action: .create, kind: "iam role", id: "export", fields: [FieldChange("trust policy", old: nil, new: "{}")]),
        PlannedChange(
            action: .update, kind: "glue table", id: "db.orders",
            fields: [FieldChange("location", old: "s3://a/", new: "s3://b/")]),
        PlannedChange(action: .delete, kind: "glue table", id: "db.old"),
        .noop(kind: "glue database", id: "db"),
    ])

    @Test func textMarksEachActionAndShowsFieldsOldToNew() {
        #expect(
            PlanRenderer.render(Self.plan, as: .table) == """
                + iam role export
                    trust policy: (none) → {}
                ~ glue table db.orders
                    location: s3://a/ → s3://b/
                - glue table db.old
                = glue database db
                Plan: 1 to create, 1 to update, 1 to delete, 1 unchanged.
                """)
    }

    @Test func jsonHasOneObjectPerChange() throws {
        let text = PlanRenderer.render(Self.plan, as: .json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let changes = try #require(object["changes"] as? [[String: Any]])
        #expect(changes.compactMap { $0["action"] as? String } == ["create", "update", "delete", "noop"])
        let fields = try #require(changes[1]["fields"] as? [[String: Any]])
        #expect(fields.first?["old"] as? String == "s3://a/")
        #expect(fields.first?["new"] as? String == "s3://b/")
        #expect(changes[0]["fields"].flatMap { ($0 as? [[String: Any]])?.first?["old"] } is NSNull)
        #expect(object["empty"] as? Bool == false)
    }
}
