import Testing

@testable import LakeCodec

@Suite("GlueType")
struct GlueTypeTests {
    @Test(
        "merging widens numbers and falls back to string",
        arguments: [
            (GlueType.int, GlueType.bigint, GlueType.bigint),
            (.tinyint, .smallint, .smallint),
            (.bigint, .double, .double),
            (.float, .double, .double),
            (.int, .float, .double),
            (.decimal(precision: 5, scale: 2), .decimal(precision: 10, scale: 4), .decimal(precision: 10, scale: 4)),
            (.decimal(precision: 12, scale: 2), .decimal(precision: 6, scale: 5), .decimal(precision: 15, scale: 5)),
            (.decimal(precision: 5, scale: 2), .int, .decimal(precision: 12, scale: 2)),
            (.decimal(precision: 30, scale: 20), .bigint, .double),
            (.decimal(precision: 5, scale: 2), .double, .double),
            (.date, .timestamp, .timestamp),
            (.bigint, .boolean, .string),
            (.date, .bigint, .string),
            (.array(.int), .array(.bigint), .array(.bigint)),
            (.array(.int), .string, .string),
            (.map(key: .string, value: .int), .map(key: .string, value: .double), .map(key: .string, value: .double)),
        ])
    func merge(a: GlueType, b: GlueType, expected: GlueType) {
        #expect(a.merged(with: b) == expected)
        #expect(b.merged(with: a) == expected)
    }

    @Test("struct fields are unioned by name, types merged, order of first appearance kept")
    func structUnion() {
        let a = GlueType.structure([GlueField(name: "x", type: .int), GlueField(name: "y", type: .string)])
        let b = GlueType.structure([GlueField(name: "z", type: .boolean), GlueField(name: "x", type: .double)])
        #expect(a.merged(with: b).description == "struct<x:double,y:string,z:boolean>")
    }

    @Test(
        "Hive type strings round-trip through the parser",
        arguments: [
            "boolean", "tinyint", "smallint", "int", "bigint", "float", "double", "decimal(38,0)", "string", "date",
            "timestamp", "binary", "array<struct<a:int,b:map<string,array<decimal(10,2)>>>>",
        ])
    func roundTrip(text: String) throws {
        let parsed = try #require(GlueType(parsing: text))
        #expect(parsed.description == text)
    }

    @Test(
        "invalid type strings are rejected",
        arguments: [
            "", "varchar", "decimal(39,0)", "decimal(5,6)", "array<int", "map<int>", "struct<>", "struct<:int>",
            "int x",
        ])
    func invalid(text: String) {
        #expect(GlueType(parsing: text) == nil)
    }

    @Test("a deeply nested type string fails instead of recursing without bound")
    func depth() {
        let deep = String(repeating: "array<", count: 5000) + "int" + String(repeating: ">", count: 5000)
        #expect(GlueType(parsing: deep) == nil)
    }
}
