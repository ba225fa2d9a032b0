import Foundation
import Testing

@testable import LakeCodec

@Suite("CrawlPlanner")
struct CrawlPlannerTests {
    static let titanic = TempTree.csvCorpus.appendingPathComponent("titanic.csv")
    static let venues = TempTree.csvCorpus.appendingPathComponent("venue_pipe.csv")
    static let alltypes = TempTree.parquetCorpus.appendingPathComponent("alltypes_plain.parquet")

    @Test("sibling key=value folders with one schema are one table partitioned by the keys")
    func hivePartitions() throws {
        let tree = try TempTree()
        defer { tree.remove() }
        try tree.copy(Self.titanic, to: "sales/year=2024/month=01/a.csv")
        try tree.copy(Self.titanic, to: "sales/year=2024/month=02/b.csv")
        try tree.copy(Self.titanic, to: "sales/year=2025/month=01/c.csv")
        try tree.write("sales/year=2025/month=01/_SUCCESS", "")
        let plan = try CrawlPlanner().plan(path: tree.path("sales"))
        #expect(plan.tables.count == 1)
        let t = try #require(plan.tables.first)
        #expect(t.name == "sales")
        #expect(t.partitionKeys == [GlueField(name: "year", type: .string), GlueField(name: "month", type: .string)])
        #expect(t.partitions.map(\.values) == [["2024", "01"], ["2024", "02"], ["2025", "01"]])
        #expect(t.location == "file://" + LocalPath.absolute(tree.path("sales")) + "/")
        #expect(t.partitions[0].location.hasSuffix("/sales/year=2024/month=01/"))
        #expect(t.files.count == 3)
        #expect(t.columns.count == 12)
    }

    @Test("folders without key= become partition_0, partition_1")
    func genericPartitions() throws {
        let tree = try TempTree()
        defer { tree.remove() }
        try tree.copy(Self.venues, to: "Web Logs/2024/01/a.csv")
        try tree.copy(Self.venues, to: "Web Logs/2024/02/a.csv")
        let plan = try CrawlPlanner().plan(path: tree.path("Web Logs"))
        let t = try #require(plan.tables.first)
        #expect(plan.tables.count == 1)
        #expect(t.name == "web_logs")
        #expect(t.partitionKeys.map(\.name) == ["partition_0", "partition_1"])
    }

    @Test("siblings with different schemas stay separate tables named after their folders")
    func incompatibleSiblings() throws {
        let tree = try TempTree()
        defer { tree.remove() }
        try tree.copy(Self.titanic, to: "lake/passengers/a.csv")
        try tree.copy(Self.venues, to: "lake/Venues-2024/a.csv")
        try tree.copy(Self.alltypes, to: "lake/types/dt=1/a.parquet")
        try tree.copy(Self.alltypes, to: "lake/types/dt=2/a.parquet")
        let plan = try CrawlPlanner().plan(path: tree.path("lake"))
        #expect(plan.tables.map(\.name) == ["passengers", "types", "venues_2024"])
        let types = try #require(plan.tables.first { $0.name == "types" })
        #expect(types.format == .parquet)
        #expect(types.serializationLibrary == GlueTableDefinition.parquetSerDe)
        #expect(types.partitionKeys.map(\.name) == ["dt"])
    }

    @Test("files of one folder with different schemas are tables named after the files")
    func mixedFolder() throws {
        let tree = try TempTree()
        defer { tree.remove() }
        try tree.copy(Self.titanic, to: "drop/titanic.csv")
        try tree.copy(Self.venues, to: "drop/venues.csv")
        let plan = try CrawlPlanner().plan(path: tree.path("drop"))
        #expect(plan.tables.map(\.name) == ["titanic_csv", "venues_csv"])
        // Issue 9 item 16: each per-file table covers its own file, as the crawler's do, and says why.
        let folder = "file://" + LocalPath.absolute(tree.path("drop"))
        #expect(plan.tables.map(\.location) == [folder + "/titanic.csv", folder + "/venues.csv"])
        for table in plan.tables {
            #expect(table.notes.contains { $0.contains("split into 2 tables") && $0.contains("column names") })
        }
        let s3 = try CrawlPlanner(locationBase: "s3://b/p").plan(path: tree.path("drop"))
        #expect(s3.tables.map(\.location) == ["s3://b/p/titanic.csv", "s3://b/p/venues.csv"])
    }

    @Test("a folder split by format says so")
    func splitByFormat() throws {
        let tree = try TempTree()
        defer { tree.remove() }
        try tree.copy(Self.titanic, to: "drop/titanic.csv")
        try tree.copy(Self.alltypes, to: "drop/alltypes.parquet")
        let plan = try CrawlPlanner().plan(path: tree.path("drop"))
        #expect(plan.tables.allSatisfy { $0.location.hasSuffix(".csv") || $0.location.hasSuffix(".parquet") })
        #expect(plan.tables.allSatisfy { $0.notes.contains { $0.contains("differ in format") } })
    }

    @Test("similar schemas (70 % shared columns) merge: columns unioned, types widened")
    func mergeSimilar() throws {
        let tree = try TempTree()
        defer { tree.remove() }
        try tree.write("m/p=1/a.csv", "a,b,c,d\n1,x,1,1\n2,y,2,2\n")
        try tree.write("m/p=2/a.csv", "a,b,c,d,e\n1.5,x,1,1,true\n2,y,2,2,false\n")
        try tree.write("m/p=3/a.csv", "q,r\n1,x\n2,y\n")
        let plan = try CrawlPlanner().plan(path: tree.path("m"))
        // p=3 shares nothing, so the siblings do not combine.
        #expect(plan.tables.count == 3)
        try FileManager.default.removeItem(atPath: tree.path("m/p=3"))
        let merged = try CrawlPlanner().plan(path: tree.path("m"))
        let t = try #require(merged.tables.first)
        #expect(merged.tables.count == 1)
        #expect(
            t.columns.map { "\($0.name):\($0.type)" } == ["a:double", "b:string", "c:bigint", "d:bigint", "e:boolean"])
        #expect(t.partitionKeys.map(\.name) == ["p"])
    }

    @Test("unreadable files are reported as skipped, not fatal")
    func skipped() throws {
        let tree = try TempTree()
        defer { tree.remove() }
        try tree.copy(Self.venues, to: "s/a.csv")
        try tree.write("s/broken.parquet", "PAR1 not really")
        let plan = try CrawlPlanner().plan(path: tree.path("s"))
        #expect(plan.tables.count == 1)
        #expect(plan.skipped.count == 1)
        #expect(plan.skipped.first?.path.hasSuffix("broken.parquet") == true)
    }

    @Test("JSON lines become a JsonSerDe table with paths")
    func json() throws {
        let tree = try TempTree()
        defer { tree.remove() }
        try tree.write("ev/a.json", "{\"Id\":1,\"tags\":[\"x\"]}\n{\"id\":2,\"extra\":{\"k\":1.5}}\n")
        let t = try #require(try CrawlPlanner().plan(path: tree.path("ev")).tables.first)
        #expect(t.format == .json)
        #expect(
            t.columns.map { "\($0.name):\($0.type)" } == ["id:bigint", "tags:array<string>", "extra:struct<k:double>"])
        #expect(t.serdeParameters.elementsEqual([("paths", "id,tags,extra")], by: ==))
    }

    @Test("a location base replaces file:// URLs")
    func locationBase() throws {
        let tree = try TempTree()
        defer { tree.remove() }
        try tree.copy(Self.venues, to: "v/k=1/a.csv")
        try tree.copy(Self.venues, to: "v/k=2/a.csv")
        let t = try #require(try CrawlPlanner(locationBase: "s3://bucket/v").plan(path: tree.path("v")).tables.first)
        #expect(t.location == "s3://bucket/v/")
        #expect(t.partitions.map(\.location) == ["s3://bucket/v/k=1/", "s3://bucket/v/k=2/"])
    }

    @Test("a symbolic link back up the tree is crawled once, not forever")
    func symlinkLoop() throws {
        let tree = try TempTree()
        defer { tree.remove() }
        try tree.copy(Self.venues, to: "loop/a/x.csv")
        try FileManager.default.createSymbolicLink(
            atPath: tree.path("loop/a/back"), withDestinationPath: tree.path("loop"))
        let plan = try CrawlPlanner().plan(path: tree.path("loop"))
        #expect(plan.tables.count == 1)
        #expect(plan.skipped.contains { $0.reason.contains("symbolic link") })
    }
}
