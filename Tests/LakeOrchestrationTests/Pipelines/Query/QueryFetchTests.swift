import Testing

@testable import LakeOrchestration

/// Which fetch path `auto` picks, from the statement and `--max-rows` alone.
@Suite struct QueryFetchTests {
    @Test func largeSelectsUnloadSmallOnesPage() {
        let sql = "SELECT * FROM shop.orders"
        #expect(QueryFetch.choose(sql: sql, maxRows: nil, hasOutputLocation: true) == .unload)
        #expect(
            QueryFetch.choose(sql: "  with x AS (SELECT 1) SELECT * FROM x;", maxRows: nil, hasOutputLocation: true)
                == .unload)
        #expect(QueryFetch.choose(sql: sql, maxRows: 100, hasOutputLocation: true) == .page)
        #expect(QueryFetch.choose(sql: sql + " LIMIT 10", maxRows: nil, hasOutputLocation: true) == .page)
        #expect(QueryFetch.choose(sql: sql + " LIMIT 50000", maxRows: nil, hasOutputLocation: true) == .unload)
    }

    @Test func orderedOrUnplacedSelectsReadTheCSVAndOtherStatementsPage() {
        #expect(QueryFetch.choose(sql: "SELECT a FROM t ORDER BY a", maxRows: nil, hasOutputLocation: true) == .csv)
        #expect(
            QueryFetch.choose(
                sql: "SELECT a FROM (SELECT a FROM t ORDER BY a) WHERE b = 'order by'", maxRows: nil,
                hasOutputLocation: true) == .unload)
        #expect(QueryFetch.choose(sql: "SELECT a FROM t", maxRows: nil, hasOutputLocation: false) == .csv)
        #expect(QueryFetch.choose(sql: "SELECT a FROM t", maxRows: nil, hasOutputLocation: true, reusing: true) == .csv)
        #expect(QueryFetch.choose(sql: "CREATE TABLE x (a int)", maxRows: nil, hasOutputLocation: true) == .page)
        #expect(QueryFetch.choose(sql: "-- note\nSHOW TABLES", maxRows: nil, hasOutputLocation: true) == .page)
    }

    @Test func unloadWrapsTheStatementWithoutItsSemicolon() {
        #expect(
            AthenaQueryText.unload("SELECT 'it''s' AS a;\n", to: "s3://b/p/", format: "parquet")
                == "UNLOAD (SELECT 'it''s' AS a) TO 's3://b/p/' WITH (format = 'PARQUET')")
        let wrapped = AthenaQueryText.unload("SELECT (1) AS a", to: "s3://b/r/lakectl-unload/t/", format: "parquet")
        #expect(AthenaQueryText.userQuery(wrapped) == "SELECT (1) AS a")
        let own = AthenaQueryText.unload("SELECT 1", to: "s3://b/mine/", format: "parquet")
        #expect(AthenaQueryText.userQuery(own) == own)
    }

    @Test func unloadTargetIsReadBackFromAnUnloadStatementOnly() {
        let own = AthenaQueryText.unload("SELECT ') TO ''x' AS a", to: "s3://b/it's/", format: "parquet")
        #expect(AthenaQueryText.unloadTarget(own) == "s3://b/it's/")
        #expect(AthenaQueryText.unloadTarget("SELECT 1") == nil)
        #expect(AthenaQueryText.unloadTarget("UNLOAD (SELECT 1) TO 'not-s3' WITH (format = 'PARQUET')") == nil)
        #expect(AthenaQueryText.unloadTarget("UNLOAD (SELECT 1) TO 's3://b/unterminated") == nil)
    }

    @Test func onlyFailuresAboutUnloadItselfFallBackToTheCSV() {
        #expect(QueryPipeline.isUnloadRefusal("line 1:1: mismatched input 'UNLOAD'"))
        #expect(QueryPipeline.isUnloadRefusal("NOT_SUPPORTED: Unsupported Hive type: time"))
        #expect(QueryPipeline.isUnloadRefusal("Column name 'n' specified more than once"))
        #expect(!QueryPipeline.isUnloadRefusal("COLUMN_NOT_FOUND: line 1:8: Column 'x' cannot be resolved"))
        #expect(!QueryPipeline.isUnloadRefusal("HIVE_BAD_DATA: Error parsing field value"))
    }

    @Test func aSelectWithoutFromIsOneRowAndPages() {
        #expect(QueryFetch.choose(sql: "SELECT 1 AS a, now() AS b", maxRows: nil, hasOutputLocation: true) == .page)
        #expect(
            QueryFetch.choose(sql: "SELECT (SELECT count(*) FROM t) AS n", maxRows: nil, hasOutputLocation: true)
                == .page)
        #expect(
            QueryFetch.choose(sql: "SELECT 'from' AS \"from\", a FROM t", maxRows: nil, hasOutputLocation: true)
                == .unload)
        #expect(
            AthenaQueryText.topLevelWords("SELECT a FROM (SELECT b FROM c) ORDER BY a") == [
                "SELECT", "A", "FROM", "ORDER", "BY", "A",
            ])
    }
}
