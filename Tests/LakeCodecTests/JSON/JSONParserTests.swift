import Testing

@testable import LakeCodec

@Suite("JSONParser")
struct JSONParserTests {
    @Test("values, member order and escapes")
    func values() throws {
        let v = try JSONParser.parse(
            #"{"b":1,"a":[true,null,-2.5e1],"s":"x\n\u00e9\ud83d\ude00","big":18446744073709551616}"#)
        #expect(
            v
                == .object([
                    ("b", .int(1)), ("a", .array([.bool(true), .null, .double(-25)])), ("s", .string("x\né😀")),
                    ("big", .double(18446744073709551616)),
                ]))
    }

    @Test(
        "errors carry the column and say what was expected",
        arguments: [
            (#"{"a":1,}"#, 8, "quoted member name"),
            (#"{"a" 1}"#, 6, "':'"),
            (#"[1 2]"#, 4, "',' or ']'"),
            (#"{"a":tru}"#, 6, "'true'"),
            (#"{"a":01}"#, 7, "',' or '}'"),
            (#"{"a":"x"#, 8, "unterminated string"),
            (#"{"a":"\q"}"#, 7, "invalid escape"),
            (#"{"a":1} x"#, 9, "after the JSON value"),
            (#"{"a":-}"#, 7, "expected a digit"),
            (#"{"a":"\ud800"}"#, 13, "surrogate"),
        ])
    func errors(text: String, column: Int, mention: String) {
        #expect {
            _ = try JSONParser.parse(text)
        } throws: { error in
            guard let failure = error as? JSONParser.Failure else { return false }
            return failure.column == column && failure.reason.contains(mention)
        }
    }

    @Test("nesting beyond the limit fails instead of recursing without bound")
    func depth() throws {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(throws: JSONParser.Failure.self) { _ = try JSONParser.parse(deep) }
        let ok = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
        #expect(throws: Never.self) { _ = try JSONParser.parse(ok) }
    }

    @Test("control characters and invalid UTF-8 in strings are rejected")
    func strictStrings() throws {
        #expect(throws: JSONParser.Failure.self) { _ = try JSONParser.parse("\"a\u{01}b\"") }
        let invalid: [UInt8] = [0x22, 0xFF, 0x22]
        #expect(throws: JSONParser.Failure.self) {
            _ = try invalid.withUnsafeBufferPointer { buffer throws(JSONParser.Failure) in try JSONParser.parse(buffer)
            }
        }
    }
}
