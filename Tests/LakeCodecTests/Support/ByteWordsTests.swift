import Testing

@testable import LakeCodec

@Suite struct ByteWordsTests {
    /// `low` keeps exactly the first `count` bytes, for every count 0...8 and every offset in a buffer of
    /// distinct nonzero bytes, as a byte loop builds them.
    @Test func lowKeepsTheFirstCountBytes() {
        let bytes = (0..<24).map { UInt8(0xA0 + $0) }
        var checked = 0
        bytes.withUnsafeBytes { raw in
            for offset in 0...16 {
                for count in 0...8 {
                    var expected: UInt64 = 0
                    for k in 0..<count { expected |= UInt64(bytes[offset + k]) << (8 * UInt64(k)) }
                    #expect(ByteWords.low(raw.baseAddress! + offset, count: count) == expected, "\(offset) \(count)")
                    checked += 1
                }
            }
        }
        #expect(checked == 153)
    }

    @Test func copy16MovesSixteenBytesAndNoMore() {
        let source = (0..<16).map { UInt8($0 + 1) }
        var target = [UInt8](repeating: 0, count: 20)
        source.withUnsafeBytes { s in
            target.withUnsafeMutableBytes { t in ByteWords.copy16(from: s.baseAddress!, to: t.baseAddress! + 2) }
        }
        #expect(target == [0, 0] + source + [0, 0])
    }
}
