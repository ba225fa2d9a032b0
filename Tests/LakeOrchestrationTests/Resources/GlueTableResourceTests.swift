import AWSServices
import Testing

@testable import LakeOrchestration

/// `GlueTableResource.diff`, without AWS: ownership first, then columns, location and format.
@Suite struct GlueTableResourceTests {
    static let columns = [GlueColumn(name: "id", type: "bigint"), GlueColumn(name: "name", type: "string")]
    static let input = GlueTableInput(
        name: "orders", parameters: ["managed-by": "lakectl"],
        storageDescriptor: .parquet(columns: columns, location: "s3://lake/x/"))

    static func live(parameters: [String: String]?, columns: [GlueColumn] = columns) -> GlueTable {
        GlueTable(
            name: "orders", parameters: parameters,
            storageDescriptor: .parquet(columns: columns, location: "s3://lake/x/"))
    }

    @Test func missingIsCreated() throws {
        let change = try GlueTableResource.diff(.init(database: "db", input: Self.input), nil)
        #expect(change.action == .create)
        #expect(change.id == "db.orders")
        #expect(change.fields.first == FieldChange("columns", old: nil, new: "id bigint, name string"))
    }

    @Test func anOwnedMatchingTableIsNoopAndADifferentOneAnUpdate() throws {
        let same = try GlueTableResource.diff(
            .init(database: "db", input: Self.input), Self.live(parameters: ["managed-by": "lakectl", "x": "y"]))
        #expect(same.action == .noop)
        let changed = try GlueTableResource.diff(
            .init(database: "db", input: Self.input),
            Self.live(parameters: ["managed-by": "lakectl"], columns: [GlueColumn(name: "id", type: "int")]))
        #expect(changed.fields == [FieldChange("columns", old: "id int", new: "id bigint, name string")])
    }

    @Test func aTableLakectlDidNotCreateStopsThePlanUnlessAdopted() throws {
        let theirs = Self.live(parameters: ["owner-team": "billing"])
        let refused = #expect(throws: ResourceError.self) {
            try GlueTableResource.diff(.init(database: "db", input: Self.input), theirs)
        }
        #expect(refused == .tableNotOwned(database: "db", table: "orders", managedBy: nil))
        #expect(refused?.description.contains("db.orders") == true)
        #expect(refused?.description.contains("--adopt") == true)
        let adopted = try GlueTableResource.diff(.init(database: "db", input: Self.input, adopt: true), theirs)
        #expect(adopted.fields == [FieldChange("managed-by", old: nil, new: "lakectl")])
    }
}
