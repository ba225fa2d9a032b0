import Testing

@testable import AWSCore

@Suite struct QueryEncodingTests {
    @Test func encodesAllButUnreserved() {
        #expect(QueryEncoding.percentEncode("a-Z_0.~") == "a-Z_0.~")
        #expect(QueryEncoding.percentEncode("a b+c/d=é") == "a%20b%2Bc%2Fd%3D%C3%A9")
        #expect(QueryEncoding.percentEncode("dir/key name", keepingSlashes: true) == "dir/key%20name")
    }

    @Test func queryProtocolBodyStartsWithActionAndVersion() {
        let request = QueryProtocol.request(
            action: "AssumeRole", version: "2011-06-15",
            parameters: [("RoleArn", "arn:aws:iam::123456789012:role/x"), ("RoleSessionName", "s 1")])
        #expect(
            request.body
                == .bytes(
                    Array(
                        "Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Fx&RoleSessionName=s+1"
                            .utf8)))
        #expect(request.headers.value(for: "Content-Type") == "application/x-www-form-urlencoded; charset=utf-8")
    }

    @Test func formBodiesWriteSpacesAsPlusButKeepEveryOtherEscape() {
        #expect(QueryEncoding.formEncode([("Description", "export role a+b/c")]) == "Description=export+role+a%2Bb%2Fc")
        #expect(QueryEncoding.encode([("Description", "export role")]) == "Description=export%20role")
    }

    @Test func queryResultElementIsUnwrapped() throws {
        let result = try QueryProtocol.result(
            of: Array(RecordedReplies.stsGetCallerIdentity.utf8), action: "GetCallerIdentity")
        #expect(result.string("Arn") == "arn:aws:iam::123456789012:user/Alice")
    }

    @Test func jsonEmptyBodyDecodesAsEmptyObject() throws {
        struct Empty: Decodable, Equatable {}
        #expect(try JSONProtocol.decode(Empty.self, from: []) == Empty())
    }
}
