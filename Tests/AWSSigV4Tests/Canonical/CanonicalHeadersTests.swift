import Testing

@testable import AWSSigV4

@Suite struct CanonicalHeadersTests {
    func canonical(_ headers: [SignableHeader], folding: FoldedHeaderValues = .joinedWithSpace) -> (String, String) {
        var out = ByteWriter(capacity: 8)
        var signed = ByteWriter(capacity: 8)
        CanonicalHeaders.append(headers, excluding: nil, folding: folding, to: &out, signed: &signed)
        return (out.string(), signed.string())
    }

    /// The reference rule, written the slow obvious way: split on whitespace, join with one space.
    func reference(_ value: String) -> String {
        let whitespace: Set<UInt8> = [0x20, 0x09, 0x0d, 0x0a]
        let words = Array(value.utf8).split(whereSeparator: { whitespace.contains($0) })
        return words.map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ")
    }

    @Test(arguments: [
        "value", "  leading and trailing  ", "a   b   c", "abcdefghijklmnop", "abcdefgh ijklmnop qrstuvwx",
        "abcdefghijklmnopq  ", "  abcdefghijklmnopqrstuvwxyz0123456789", "tab\tseparated\t\tvalue",
        "0123456789abcdef\n  folded continuation line", "\"quoted    string with  runs\"", "αβγδεζηθικλμνξοπ  ρσ",
        String(repeating: "AQoDYXdzEPT//////////wEXAMPLE+/=", count: 12), "", "        ", "a\u{01}b  c\u{7f}\u{1f} d",
        "x\ty\r\nz", String(repeating: "abcdefg ", count: 9),
    ])
    func trimsAndCollapsesLikeTheReference(_ value: String) {
        let (lines, _) = canonical([SignableHeader("X-Test", value)])
        #expect(lines == "x-test:\(reference(value))\n")
    }

    @Test func foldedLinesBecomeCommaSeparatedValuesForTheLegacySuite() {
        let (lines, _) = canonical(
            [SignableHeader("My-Header1", "value1\n  value2\n     value3")], folding: .commaSeparated)
        #expect(lines == "my-header1:value1,value2,value3\n")
    }

    @Test func sortsByLowercaseNameAndJoinsRepeatsInRequestOrder() {
        let headers = [
            SignableHeader("Zeta", "1"), SignableHeader("host", "h"), SignableHeader("My-Header1", "value4"),
            SignableHeader("my-header1", "value1"), SignableHeader("MY-HEADER1", "value3"),
            SignableHeader("User-Agent", "skip me"), SignableHeader("Authorization", "old"),
        ]
        let (lines, signed) = canonical(headers)
        #expect(lines == "host:h\nmy-header1:value4,value1,value3\nzeta:1\n")
        #expect(signed == "host;my-header1;zeta")
    }

    @Test func manyHeadersUseTheStableSort() {
        let headers = (0..<40).map { SignableHeader("H\(39 - $0 % 20)", "v\($0)") }
        let (lines, _) = canonical(headers)
        let first = lines.split(separator: "\n").first.map(String.init)
        #expect(first == "h20:v19,v39")
    }
}
