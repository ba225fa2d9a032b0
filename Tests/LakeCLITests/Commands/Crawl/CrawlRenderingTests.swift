import LakeOrchestration
import Testing

@testable import LakeCLI

/// `crawl diff` as printed: the tables to update each followed by what would change in them.
@Suite struct CrawlRenderingTests {
    static let diff = CrawlDiff(
        crawler: "c", database: "d", paths: ["s3://b/raw/"],
        changes: CatalogChanges(created: ["raw_events"], updated: ["raw_orders"], partitionsAdded: 2), skipped: [],
        updates: ["raw_orders": ["column amount: int → double", "column note added (string)"]])

    @Test func textListsEachUpdatedTablesChanges() {
        #expect(
            CrawlRendering.text(Self.diff, as: .table) == """
                crawler c would change database d
                  tables to create: raw_events
                  tables to update: raw_orders
                    raw_orders: column amount: int → double
                    raw_orders: column note added (string)
                  partitions to add: 2
                """)
    }

    @Test func jsonCarriesTheChangesAsStrings() {
        let json = CrawlRendering.text(Self.diff, as: .json)
        #expect(json.contains("\"raw_orders: column amount: int → double\""), "\(json)")
        #expect(json.contains("\"tablesUpdated\""), "\(json)")
    }
}
