import AWSServices
import Testing

@testable import LakeOrchestration

/// `auto` by expected size: each rule of `QueryFetch.choose`, the text's bounds, the single-table shape the
/// catalog is asked about, and the estimate from a table's parameters.
@Suite struct QueryFetchChooserTests {
    static let page = QueryFetch.pageMaxRows
    static let csv = QueryFetch.csvMaxRows

    func choose(_ sql: String, maxRows: Int? = nil, location: Bool = true, reusing: Bool = false, catalog: Int? = nil)
        -> QueryFetch
    {
        QueryFetch.choose(
            sql: sql, maxRows: maxRows, hasOutputLocation: location, reusing: reusing, catalogRows: catalog)
    }

    @Test func theThresholdsAreOrdered() {
        #expect(0 < Self.page && Self.page < Self.csv)
    }

    @Test func expectedSizePicksPageThenCSVThenUnload() {
        let sql = "SELECT * FROM shop.orders"
        #expect(choose(sql) == .unload, "unknown size: the path for large results")
        #expect(choose(sql, catalog: Self.page) == .page)
        #expect(choose(sql, catalog: Self.page + 1) == .csv)
        #expect(choose(sql, catalog: Self.csv) == .csv)
        #expect(choose(sql, catalog: Self.csv + 1) == .unload)
        #expect(choose(sql, maxRows: Self.page) == .page)
        #expect(choose(sql, maxRows: Self.csv) == .csv)
        #expect(choose(sql + " LIMIT \(Self.page)") == .page)
        #expect(choose(sql + " LIMIT \(Self.csv)") == .csv)
        #expect(choose(sql + " LIMIT \(Self.csv + 1)") == .unload)
    }

    @Test func theLeastKnownBoundWins() {
        let sql = "SELECT * FROM shop.orders"
        #expect(choose(sql, maxRows: 5, catalog: 10_000_000) == .page)
        #expect(choose(sql + " LIMIT 3", catalog: 10_000_000) == .page)
        #expect(choose(sql, maxRows: 10_000_000, catalog: 3) == .page)
        #expect(QueryFetch.expectedRows(sql: sql + " LIMIT 40", maxRows: 70, catalogRows: 50) == 40)
        #expect(QueryFetch.expectedRows(sql: sql, maxRows: nil) == nil)
    }

    @Test func oneRowResultsPage() {
        #expect(choose("SELECT count(*) AS n, sum(amount) FROM shop.orders WHERE status = 'paid'") == .page)
        #expect(choose("SELECT count(*) + 1 AS n FROM shop.orders", catalog: 10_000_000) == .page)
        #expect(choose("SELECT 1 AS a, now() AS b") == .page)
        #expect(AthenaQueryText.rowBound("WITH x AS (SELECT a FROM t) SELECT max(a) FROM x") == 1)
        #expect(AthenaQueryText.rowBound("SELECT status, count(*) FROM t GROUP BY status") == nil)
        #expect(AthenaQueryText.rowBound("SELECT a, count(*) OVER (PARTITION BY b) FROM t") == nil)
        #expect(AthenaQueryText.rowBound("SELECT count(*) FROM a UNION ALL SELECT count(*) FROM b") == nil)
        #expect(AthenaQueryText.rowBound("SELECT a, (SELECT max(b) FROM u) AS m FROM t") == nil)
        #expect(AthenaQueryText.rowBound("SELECT \"count\"(a) FROM t") == nil, "a quoted name is not a call")
        #expect(AthenaQueryText.rowBound("SELECT a FROM t -- count(*)\n") == nil, "comments are skipped")
    }

    @Test func orderReuseAndNoLocationNeverUnloadButSmallStillPages() {
        let ordered = "SELECT a FROM t ORDER BY a"
        #expect(choose(ordered) == .csv)
        #expect(choose(ordered, catalog: 10_000_000) == .csv)
        #expect(choose(ordered, catalog: Self.page) == .page)
        #expect(choose("SELECT a FROM t", reusing: true, catalog: 10_000_000) == .csv)
        #expect(choose("SELECT a FROM t", reusing: true, catalog: 10) == .page)
        #expect(choose("SELECT a FROM t", location: false, catalog: 10_000_000) == .csv)
        #expect(choose("CREATE TABLE x (a int)", catalog: 10_000_000) == .page)
    }

    @Test func theCatalogIsAskedAboutPlainSingleTableSelectsOnly() {
        func table(_ sql: String) -> String? {
            AthenaQueryText.singleTable(sql).map { ($0.database.map { $0 + "." } ?? "") + $0.table }
        }
        #expect(table("SELECT * FROM shop.orders") == "shop.orders")
        #expect(table("select a from \"Shop\".\"Orders\" o where a > 1 limit 20000;") == "shop.orders")
        #expect(table("SELECT a FROM awsdatacatalog.shop.orders AS o GROUP BY a") == "shop.orders")
        #expect(table("SELECT a FROM orders WHERE b IN (SELECT b FROM other)") == "orders")
        #expect(table("SELECT a FROM t JOIN u ON t.id = u.id") == nil)
        #expect(table("SELECT a FROM t, u") == nil)
        #expect(table("SELECT a FROM t CROSS JOIN UNNEST(t.xs) AS x(v)") == nil)
        #expect(table("SELECT a FROM (SELECT a FROM t)") == nil)
        #expect(table("SELECT a FROM t UNION ALL SELECT a FROM u") == nil)
        #expect(table("WITH x AS (SELECT a FROM t) SELECT a FROM x") == nil)
        #expect(table("SELECT range FROM range(10)") == nil)
        #expect(table("SELECT 1") == nil)
    }

    @Test func aTablesRowsComeFromItsCrawlerParametersElseItsBytes() {
        func estimate(_ parameters: [String: String], descriptor: [String: String]? = nil) -> Int? {
            CatalogRowEstimate.rows(
                GlueTable(
                    name: "t", parameters: parameters,
                    storageDescriptor: GlueStorageDescriptor(location: "s3://b/t/", parameters: descriptor)))
        }
        #expect(estimate(["recordCount": "1234", "sizeKey": "99999999", "averageRecordSize": "10"]) == 1234)
        #expect(estimate(["sizeKey": "100000", "averageRecordSize": "50"]) == 2000)
        #expect(estimate([:], descriptor: ["recordCount": "77"]) == 77)
        #expect(estimate(["sizeKey": "1600"]) == 1600 / CatalogRowEstimate.storedBytesPerRow)
        #expect(estimate(["classification": "parquet"]) == nil)
        #expect(estimate(["recordCount": "many"]) == nil)
    }
}
