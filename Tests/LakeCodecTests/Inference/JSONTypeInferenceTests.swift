import Testing

@testable import LakeCodec

@Suite("JSONTypeInference")
struct JSONTypeInferenceTests {
    func type(_ text: String, _ rules: InferenceRules = .glue) throws -> String {
        try #require(JSONTypeInference.type(of: JSONParser.parse(text), rules: rules)).description
    }

    @Test("nested objects and arrays become struct and array types")
    func nested() throws {
        #expect(
            try type(#"{"a":1,"b":[1,2.5],"c":{"d":true,"e":[{"f":"x"}]}}"#)
                == "struct<a:bigint,b:array<double>,c:struct<d:boolean,e:array<struct<f:string>>>>")
    }

    @Test("nulls constrain nothing; an empty array is array<string>")
    func nulls() throws {
        #expect(try type(#"[null, 1]"#) == "array<bigint>")
        #expect(try type(#"[]"#) == "array<string>")
        #expect(JSONTypeInference.type(of: .null, rules: .glue) == nil)
    }

    @Test("timestamps only under full rules")
    func timestamps() throws {
        #expect(try type(#""2024-01-02 03:04:05""#, .glue) == "string")
        #expect(try type(#""2024-01-02 03:04:05""#, .full) == "timestamp")
        #expect(try type(#""hello""#, .full) == "string")
    }

    @Test("member names are lower-cased and duplicates merged")
    func names() throws {
        let fields = JSONTypeInference.fields(of: [("ID", .int(1)), ("id", .double(2))], rules: .glue)
        #expect(fields.count == 1)
        #expect(fields[0].name == "id" && fields[0].shape == .known(.double))
    }

    @Test("nulls and empty objects stay open until a later record fills them in")
    func openShapes() throws {
        let a = JSONTypeInference.shape(of: try JSONParser.parse(#"{"x":null,"y":{},"z":[]}"#), rules: .glue)
        let b = JSONTypeInference.shape(
            of: try JSONParser.parse(#"{"x":{"k":1},"y":{"m":true},"z":[2]}"#), rules: .glue)
        #expect(
            a.merged(with: b).glueType.description == "struct<x:struct<k:bigint>,y:struct<m:boolean>,z:array<bigint>>")
        #expect(a.glueType.description == "struct<x:string,y:string,z:array<string>>")
        #expect(GlueType(parsing: a.glueType.description) != nil)
    }
}
