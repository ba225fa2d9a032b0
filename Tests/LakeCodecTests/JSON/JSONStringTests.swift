import Foundation
import Testing

@testable import LakeCodec

@Suite struct JSONStringTests {
    @Test(arguments: [
        ("plain", #""plain""#), ("a\"b\\c", #""a\"b\\c""#), ("tab\there\nnl", #""tab\there\nnl""#),
        ("\u{01}\u{08}\u{0C}\u{1F}", #""\u0001\b\f\u001f""#), ("é✓", "\"é✓\""),
    ])
    func escapesWhatRFC8259Requires(_ pair: (String, String)) throws {
        var out = ""
        JSONString.append(pair.0, to: &out)
        #expect(out == pair.1)
        // And any JSON reader gets the original back.
        let decoded = try JSONSerialization.jsonObject(with: Data(out.utf8), options: .fragmentsAllowed) as? String
        #expect(decoded == pair.0)
    }
}
