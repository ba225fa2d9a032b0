import Testing

@testable import AWSSigV4

@Suite struct CanonicalURITests {
    func canonical(_ path: String, normalize: Bool = true, doubleEncode: Bool = true) -> String {
        var out = ByteWriter(capacity: 16)
        CanonicalURI.append(path: path, normalize: normalize, doubleEncode: doubleEncode, to: &out)
        return out.string()
    }

    @Test(arguments: [
        ("", "/"), ("/", "/"), ("/a/b/../c", "/a/c"), ("/a/./b/", "/a/b/"), ("/../a", "/a"), ("/a/b/..", "/a/"),
        ("//a///b", "/a/b"), ("/./example", "/example"), ("/a/.", "/a/"), ("/..a/.b", "/..a/.b"),
    ])
    func normalisesDotSegmentsAndEmptySegments(_ path: String, _ expected: String) {
        #expect(canonical(path) == expected)
    }

    @Test func doubleEncodesEscapesForServicesOtherThanS3() {
        // The Bedrock example of AWS-NOTES B6: `:` sent as %3A is signed as %253A.
        #expect(canonical("/model/anthropic.claude-v2%3A1/invoke") == "/model/anthropic.claude-v2%253A1/invoke")
    }

    @Test func s3SignsThePathEncodedOnceAndKeepsDotsAndSlashes() {
        #expect(canonical("/bucket/a%20b//./../c", normalize: false, doubleEncode: false) == "/bucket/a%20b//./../c")
        #expect(
            canonical("/bucket/%e1%88%b4 x+y", normalize: false, doubleEncode: false) == "/bucket/%E1%88%B4%20x%2By")
        #expect(canonical("/bucket/a%2Fb", normalize: false, doubleEncode: false) == "/bucket/a%2Fb")
        #expect(canonical("/bucket/100%", normalize: false, doubleEncode: false) == "/bucket/100%25")
    }
}
