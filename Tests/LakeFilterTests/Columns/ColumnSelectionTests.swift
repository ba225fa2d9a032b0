import LakeCodec
import Testing

@testable import LakeFilter

@Suite struct ColumnSelectionTests {
    static let schema = FilterSchema(fields: [
        GlueField(name: "id", type: .int), GlueField(name: "customer_id", type: .string),
        GlueField(
            name: "address",
            type: .structure([GlueField(name: "city", type: .string), GlueField(name: "zip", type: .int)])),
    ])
    static let row: [Value] = [
        .int(1), .string("c1"), .structure([Value.Field("city", .string("Seoul")), Value.Field("zip", .int(42))]),
    ]

    @Test func includeListPicksColumnsAndNestedParts() throws {
        let columns = try ColumnSelection.make(include: ["address.city", "ID"], exclude: nil).visibleColumns(
            of: Self.schema)
        #expect(columns.map(\.name) == ["address.city", "id"])
        #expect(columns.map { $0.value(in: Self.row) } == [.string("Seoul"), .int(1)])
    }

    @Test func excludeListHidesColumnsAndNestedParts() throws {
        let columns = try ColumnSelection.make(include: nil, exclude: ["customer_id", "\"address\".\"zip\""])
            .visibleColumns(of: Self.schema)
        #expect(columns.map(\.name) == ["id", "address"])
        #expect(columns[1].value(in: Self.row) == .structure([Value.Field("city", .string("Seoul"))]))
    }

    @Test func bothListsUnknownNamesAndHidingEverythingAreErrors() {
        #expect(throws: FilterError.self) { try ColumnSelection.make(include: ["id"], exclude: ["id"]) }
        #expect(throws: FilterError.self) {
            try ColumnSelection.make(include: ["nope"], exclude: nil).visibleColumns(of: Self.schema)
        }
        #expect(throws: FilterError.self) {
            try ColumnSelection.make(include: ["address.street"], exclude: nil).visibleColumns(of: Self.schema)
        }
        #expect(throws: FilterError.self) {
            try ColumnSelection.make(include: nil, exclude: ["id", "customer_id", "address"]).visibleColumns(
                of: Self.schema)
        }
        #expect(throws: FilterError.self) { try ColumnSelection.parseName("a.b.c.d.e.f") }
        #expect(throws: FilterError.self) { try ColumnSelection.parseName("a..b") }
    }

    @Test func noListsMeansAllColumns() throws {
        #expect(try ColumnSelection.make(include: nil, exclude: nil) == .all)
    }
}
