import Testing

@testable import LakeOrchestration

@Suite struct LakeFileFilterDiffTests {
    static func spec(_ name: String, _ row: String?, _ columns: ColumnSpec = .all) -> FilterSpec {
        FilterSpec(database: "shop", table: "orders", name: name, rowFilter: row, columns: columns)
    }

    @Test func createUpdateAndNoop() {
        let desired = [
            Self.spec("a__shop__orders", "country = 'KR'"),
            Self.spec("b__shop__orders", nil, .exclude(["customer_id"])),
            Self.spec("c__shop__orders", "status <> 'cancelled'"),
        ]
        let live = [
            Self.spec("a__shop__orders", "country = 'US'"),
            Self.spec("b__shop__orders", nil, .exclude(["customer_id"])),
        ]
        let changes = LakeFileFilterDiff.changes(desired: desired, live: live, prune: false).map(\.0)
        #expect(changes.map(\.action) == [.update, .noop, .create])
        #expect(changes[0].fields == [FieldChange("row_filter", old: "country = 'US'", new: "country = 'KR'")])
        #expect(changes[2].fields.first == FieldChange("row_filter", old: nil, new: "status <> 'cancelled'"))
    }

    @Test func pruneDeletesOnlyFiltersInTheFilesNamingPattern() {
        let live = [Self.spec("gone__shop__orders", "x = 1"), Self.spec("someone_elses", "x = 2")]
        #expect(LakeFileFilterDiff.changes(desired: [], live: live, prune: false).isEmpty)
        let pruned = LakeFileFilterDiff.changes(desired: [], live: live, prune: true)
        #expect(pruned.map(\.0.id) == ["shop.orders/gone__shop__orders"])
        #expect(pruned.first?.1 == .deleteFilter(database: "shop", table: "orders", name: "gone__shop__orders"))
    }
}
