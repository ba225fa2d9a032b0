import Testing

@testable import LakeOrchestration

/// The before/after comparison `crawl run` and `crawl diff` report.
@Suite struct CatalogSnapshotTests {
    static func table(_ columns: [String], keys: [String] = [], partitions: Set<[String]> = [])
        -> CatalogSnapshot.Table
    {
        CatalogSnapshot.Table(columns: columns, partitionKeys: keys, location: "s3://b/t/", partitions: partitions)
    }

    @Test func createdUpdatedDeletedAndNewPartitionsAreCounted() {
        let before = CatalogSnapshot(tables: [
            "orders": Self.table(["id:bigint"], keys: ["day:string"], partitions: [["1"]]),
            "users": Self.table(["id:bigint"]), "old": Self.table(["x:int"]),
        ])
        let after = CatalogSnapshot(tables: [
            "orders": Self.table(["id:bigint"], keys: ["day:string"], partitions: [["1"], ["2"], ["3"]]),
            "users": Self.table(["id:bigint", "name:string"]),
            "events": Self.table(["at:timestamp"], keys: ["day:string"], partitions: [["1"]]),
        ])
        #expect(
            before.changes(to: after)
                == CatalogChanges(created: ["events"], updated: ["users"], deleted: ["old"], partitionsAdded: 3))
    }

    /// `crawl diff` names what would change in a table it would update.
    @Test func differencesNameColumnsKeysAndLocation() {
        let catalog = CatalogSnapshot.Table(
            columns: ["id:int", "Name:string", "gone:int"], partitionKeys: [], location: "s3://b/t/", partitions: [])
        let files = CatalogSnapshot.Table(
            columns: ["id:bigint", "name:string", "amount:double"], partitionKeys: ["day:string"],
            location: "s3://b/t2/", partitions: [])
        #expect(
            catalog.differences(to: files) == [
                "column id: int → bigint", "column amount added (double)", "column gone no longer in the files",
                "partition keys: none → day:string", "location: s3://b/t/ → s3://b/t2/",
            ])
        #expect(catalog.differences(to: catalog).isEmpty)
    }

    @Test func theSameCatalogIsNoChange() {
        let snapshot = CatalogSnapshot(tables: ["t": Self.table(["a:int"], keys: ["k:string"], partitions: [["v"]])])
        #expect(snapshot.changes(to: snapshot).isEmpty)
    }
}
