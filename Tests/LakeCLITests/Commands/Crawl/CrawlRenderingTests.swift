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

    @Test func tablesWhoseFilesAreGoneSayWhatTheDeleteBehaviorDoes() {
        let kept = CrawlDiff(
            crawler: "c", database: "d", paths: ["s3://b/raw/"], changes: CatalogChanges(), skipped: [],
            gone: ["raw_old"])
        #expect(
            CrawlRendering.text(kept, as: .table) == """
                crawler c would change nothing in database d
                  tables whose files are gone: raw_old (kept: DeleteBehavior DEPRECATE_IN_DATABASE marks them deprecated)
                """)
        let deleting = CrawlDiff(
            crawler: "c", database: "d", paths: ["s3://b/raw/"], changes: CatalogChanges(deleted: ["raw_old"]),
            skipped: [], gone: ["raw_old"], deleteBehavior: "DELETE_FROM_DATABASE")
        #expect(
            CrawlRendering.text(deleting, as: .table) == """
                crawler c would change database d
                  tables to create: none
                  tables to update: none
                  tables to delete: raw_old
                  partitions to add: 0
                """)
        let json = CrawlRendering.text(deleting, as: .json)
        #expect(json.contains("\"tablesDeleted\""), "\(json)")
        #expect(json.contains("\"DELETE_FROM_DATABASE\""), "\(json)")
    }
}
