import Testing

@testable import AWSSigV4

@Suite struct RawHTTPRequestTests {
    @Test func parsesRequestLineHeadersContinuationAndBody() throws {
        let raw = try RawHTTPRequest.parse(
            "POST /a b/ሴ?x=1&y HTTP/1.1\r\nHost:example.amazonaws.com\nMy-Header1: value1\n  value2\n\nbody\nline")
        #expect(raw.request.method == "POST")
        #expect(raw.request.path == "/a b/ሴ")
        #expect(raw.request.query == "x=1&y")
        #expect(raw.httpVersion == "HTTP/1.1")
        #expect(
            raw.request.headers == [
                SignableHeader("Host", "example.amazonaws.com"), SignableHeader("My-Header1", " value1\n  value2"),
            ])
        #expect(raw.body == Array("body\nline".utf8))
    }

    @Test func rendersBothSuiteLayouts() throws {
        let raw = try RawHTTPRequest.parse("GET /?a=b HTTP/1.1\nHost:h\nAuthorization:AWS4 x")
        #expect(raw.renderedText(.signingSuite) == "GET /?a=b HTTP/1.1\nHost:h\nAuthorization:AWS4 x\n\n")
        #expect(raw.renderedText(.legacySuite) == "GET /?a=b HTTP/1.1\nHost:h\nAuthorization: AWS4 x")
        var withBody = raw
        withBody.body = Array("Param1=value1".utf8)
        #expect(withBody.renderedText(.legacySuite).hasSuffix("AWS4 x\n\nParam1=value1"))
    }

    @Test(arguments: [
        ("", RawHTTPParseError.emptyInput),
        ("GET\nHost:h", .malformedRequestLine(line: 1, reason: "no space after the method")),
        ("GET /\nHost:h", .malformedRequestLine(line: 1, reason: "no protocol version after the target")),
        ("GET / FTP/1\nHost:h", .malformedRequestLine(line: 1, reason: "protocol 'FTP/1' is not HTTP/x.y")),
        ("GET path HTTP/1.1", .malformedRequestLine(line: 1, reason: "target 'path' does not start with '/'")),
        ("GET / HTTP/1.1\n value", .continuationWithoutHeader(line: 2)),
        (
            "GET / HTTP/1.1\nHost:h\nMy-Header1 value1",
            .malformedHeader(line: 3, reason: "no ':' separating name and value")
        ),
        ("GET / HTTP/1.1\nHost:h\nA:b\n:empty", .malformedHeader(line: 4, reason: "empty header name")),
        ("GET / HTTP/1.1\nBad Name:v", .malformedHeader(line: 2, reason: "whitespace in header name 'Bad Name'")),
    ])
    func malformedInputNamesTheLine(_ text: String, _ expected: RawHTTPParseError) {
        #expect(throws: expected) { try RawHTTPRequest.parse(text) }
    }

    @Test func invalidUTF8NamesTheLine() {
        let bytes = Array("GET / HTTP/1.1\nHost:h\nX:".utf8) + [0xff, 0xfe]
        #expect(throws: RawHTTPParseError.invalidUTF8(line: 3)) { try RawHTTPRequest.parse(bytes: bytes) }
    }

    @Test func errorDescriptionsCarryTheLineNumber() {
        let error = RawHTTPParseError.malformedHeader(line: 7, reason: "no ':' separating name and value")
        #expect(error.line == 7)
        #expect(error.description.hasPrefix("line 7:"))
    }

    @Test func bodyAfterEmptyLineIsKeptByteForByte() throws {
        let raw = try RawHTTPRequest.parse(bytes: Array("PUT /k HTTP/1.1\nHost:h\n\n".utf8) + [0x00, 0xff, 0x0a])
        #expect(raw.body == [0x00, 0xff, 0x0a])
        #expect(raw.rendered(.signingSuite).suffix(3) == [0x00, 0xff, 0x0a])
    }
}
