import Testing

@testable import LakeCodec

@Suite("CSVTypeGuess")
struct CSVTypeGuessTests {
    func guess(_ values: [String], _ rules: CSVTypeGuess.Rules) -> CSVValueType {
        var g = CSVTypeGuess(rules: rules)
        for v in values { g.observe(v) }
        return g.type
    }

    @Test(
        "DuckDB's ladder (full rules)",
        arguments: [
            (["true", "F", "yes"], CSVValueType.boolean),
            (["1", "0"], .bigint),
            (["1", "-2", " 3"], .bigint),
            (["9223372036854775807", "-9223372036854775808"], .bigint),
            (["9223372036854775808"], .double),
            (["1", "1.5", "2e3"], .double),
            (["00123", "1"], .string),
            (["12:30:00", "01:02:03.5"], .time),
            (["2024-01-02", "1999-12-31"], .date),
            (["2000.01.01", "2004.12.13"], .date),
            (["03/10/2024", "12/31/2024"], .date),
            (["2024-01-02", "2024-01-02 03:04:05"], .timestamp),
            (["2024-01-02T03:04:05Z", "2024-01-02 03:04:05.123+02:00"], .timestamp),
            (["2024-03-08", "03/10/2024"], .string),
            (["2024-02-30"], .string),
            (["abc", "1"], .string),
            ([], .string),
        ] as [([String], CSVValueType)])
    func full(values: [String], expected: CSVValueType) {
        #expect(guess(values, .full) == expected)
    }

    @Test(
        "Glue's observed rules: no dates, no trimming, integers of any width",
        arguments: [
            (["TRUE", "false"], CSVValueType.boolean),
            (["t", "f"], .string),
            (["1", "99999999999999999999"], .bigint),
            (["1", "2.5"], .double),
            (["2020-01-15", "2020-01-16"], .string),
            (["2020-01-15 03:44:40"], .string),
            ([" 1"], .string),
        ] as [([String], CSVValueType)])
    func glue(values: [String], expected: CSVValueType) {
        #expect(guess(values, .glue) == expected)
    }

    @Test("decimal precision and scale cover every value")
    func decimal() {
        var g = CSVTypeGuess(rules: .full)
        for v in ["12.50", "-3", "0.125", "1234"] { g.observe(v) }
        #expect(g.type == .double)
        #expect(g.decimalType == .decimal(precision: 7, scale: 3))
        var notDecimal = CSVTypeGuess(rules: .full)
        notDecimal.observe("1e5")
        #expect(notDecimal.decimalType == nil)
    }

    @Test("names in Glue and DuckDB spelling")
    func names() {
        #expect(CSVValueType.decimal(precision: 10, scale: 2).glueName == "decimal(10,2)")
        #expect(CSVValueType.time.glueName == "string")
        #expect(CSVValueType.string.duckDBName == "VARCHAR")
    }

    @Test("observing a batch column skips NULLs")
    func batchColumn() throws {
        let reader = CSVReader(source: CSVByteSource(bytes: Array("a,b\n1,x\n,y\n3,\n".utf8)), dialect: CSVDialect())
        let batch = try #require(try reader.nextBatch())
        var a = CSVTypeGuess(rules: .full)
        a.observe(batch, column: 0)
        #expect(a.type == .bigint && a.nonNullCount == 2)
    }
}
