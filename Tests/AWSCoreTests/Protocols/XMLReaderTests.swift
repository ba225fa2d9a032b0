import Testing

@testable import AWSCore

@Suite struct XMLReaderTests {
    @Test func readsARealSTSReply() throws {
        let root = try XMLReader.parse(RecordedReplies.stsGetCallerIdentity)
        #expect(root.name == "GetCallerIdentityResponse")
        #expect(root.attributes["xmlns"] == "https://sts.amazonaws.com/doc/2011-06-15/")
        #expect(root.string("GetCallerIdentityResult", "Account") == "123456789012")
        #expect(root.string("ResponseMetadata", "RequestId") == "01234567-89ab-cdef-0123-456789abcdef")
    }

    @Test func decodesEntitiesAndCharacterReferences() throws {
        let root = try XMLReader.parse("<a t='&quot;x&apos;'>&amp;&lt;&gt;&#65;&#x42;&#x1F600;</a>")
        #expect(root.text == "&<>AB😀")
        #expect(root.attributes["t"] == "\"x'")
    }

    @Test func keepsCDATAVerbatimAndSkipsPrologCommentsAndDoctype() throws {
        let xml = """
            \u{FEFF}<?xml version="1.0"?>
            <!DOCTYPE x [ <!ENTITY e "boom"> ]>
            <!-- before -->
            <r><!-- inside --><m><![CDATA[<not> &a tag;]]></m><p:n xmlns:p="u"/></r>
            <!-- after -->
            """
        let root = try XMLReader.parse(xml)
        #expect(root.string("m") == "<not> &a tag;")
        #expect(root.child("n")?.name == "p:n")
    }

    @Test func listsKeepDocumentOrder() throws {
        let root = try XMLReader.parse("<r><member>1</member><x/><member>2</member></r>")
        #expect(root.children(named: "member").map(\.text) == ["1", "2"])
    }

    @Test func textIsNotTrimmed() throws {
        #expect(try XMLReader.parse("<v>  spaced  </v>").text == "  spaced  ")
    }

    /// Malformed input: every case throws (never traps) with an offset inside the input.
    @Test(arguments: [
        ("", "no root element"),
        ("<a>", "document ends inside <a>"),
        ("<a></b>", "does not match"),
        ("</a>", "without an open element"),
        ("<a>&unknown;</a>", "unknown or invalid entity"),
        ("<a>&amp</a>", "unterminated entity"),
        ("<a>&#0;</a>", "invalid entity"),
        ("<a>&#xD800;</a>", "invalid entity"),
        ("<a>&#99999999999;</a>", "invalid entity"),
        ("<a b=c/>", "quoted value"),
        ("<a b='x/>", "unterminated attribute"),
        ("<a><![CDATA[x</a>", "unterminated CDATA"),
        ("<a><!-- x</a>", "unterminated comment"),
        ("<a/><b/>", "content after the root"),
        ("text<a/>", "text outside the root"),
        ("<>", "expected a name"),
        ("<a", "document ends inside the tag"),
        ("<?xml", "unterminated processing instruction"),
        ("<!DOCTYPE", "unterminated declaration"),
    ])
    func malformedInputThrowsWithOffset(input: String, reason: String) {
        do {
            _ = try XMLReader.parse(input)
            Issue.record("expected \(input) to be rejected")
        } catch {
            #expect(error.reason.contains(reason), "\(error)")
            #expect(error.offset >= 0 && error.offset <= input.utf8.count)
        }
    }

    @Test func depthIsLimited() {
        let deep = String(repeating: "<a>", count: 100) + String(repeating: "</a>", count: 100)
        #expect(throws: XMLReaderError.self) { try XMLReader.parse(deep) }
        let ok = String(repeating: "<a>", count: 10) + String(repeating: "</a>", count: 10)
        #expect(throws: Never.self) { try XMLReader.parse(ok) }
    }

    /// Every strict prefix of a real reply (which ends with its root's closing tag) is rejected with an
    /// error placed inside the bytes given and saying the document stopped short; the whole reply parses.
    @Test func everyTruncationIsHandled() throws {
        let bytes = Array(RecordedReplies.s3InvalidAccessKey.utf8)
        #expect(try XMLReader.parse(bytes).string("Code") == "InvalidAccessKeyId")
        let truncationReasons = ["document ends inside", "no root element", "unterminated", "expected"]
        for end in 0..<bytes.count {
            do {
                let root = try XMLReader.parse(Array(bytes[0..<end]))
                Issue.record("prefix of \(end) bytes parsed as <\(root.name)>")
            } catch {
                #expect(error.offset <= end, "prefix of \(end) bytes: \(error)")
                #expect(
                    truncationReasons.contains { error.reason.hasPrefix($0) }, "prefix of \(end) bytes: \(error)")
            }
        }
    }

    @Test func writerEscapesWhatTheReaderDecodes() throws {
        var writer = XMLWriter()
        writer.element("Delete") { w in
            w.element("Object") { o in o.element("Key", value: "a&b<c>\"d'") }
        }
        let root = try XMLReader.parse(writer.bytes)
        #expect(root.string("Object", "Key") == "a&b<c>\"d'")
    }
}
