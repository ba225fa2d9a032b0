import Foundation
import Testing

@testable import LakeOrchestration

/// The plan value: JSON round trip (a plan can be saved and read back) and what counts as empty.
@Suite struct PlanTests {
    static let plan = Plan([
        PlannedChange(
            action: .create, kind: "iam role", id: "r", fields: [FieldChange("trust policy", old: nil, new: "{}")]),
        PlannedChange(
            action: .update, kind: "glue table", id: "db.t",
            fields: [FieldChange("location", old: "s3://a/", new: "s3://b/")]),
        .noop(kind: "glue database", id: "db"),
    ])

    @Test func roundTripsThroughJSON() throws {
        let data = try JSONEncoder().encode(Self.plan)
        #expect(try JSONDecoder().decode(Plan.self, from: data) == Self.plan)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains(#""action":"create""#))
    }

    @Test func onlyNoopsMakeAnEmptyPlan() {
        #expect(!Self.plan.isEmpty)
        #expect(Self.plan.pending.map(\.id) == ["r", "db.t"])
        #expect(Plan([.noop(kind: "iam role", id: "r")]).isEmpty)
        #expect(Self.plan.changes.map(\.change) == [.created, .updated(["location"]), .unchanged])
    }
}
