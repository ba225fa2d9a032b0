import Testing

@testable import LakeCodec

@Suite("ByteScan")
struct ByteScanTests {
    /// Against the byte-by-byte answer on buffers where stop bytes sit at every offset of a word, next to
    /// bytes that differ from a stop byte by one bit or that borrow (0x00, 0x01, 0x80, 0xFF); with four
    /// stop bytes and with three (where the fourth, the quote, is then an ordinary byte).
    @Test func findsTheFirstStopByteLikeAByteLoop() {
        let stops: [UInt8] = [0x2C, 0x0A, 0x0D, 0x22]
        let words = stops.map(ByteScan.broadcast)
        let fillers: [UInt8] = [0x00, 0x01, 0x2D, 0x2E, 0x0B, 0x0C, 0x23, 0x80, 0xFF, 0x61]
        var state: UInt64 = 0x1234_5678_9ABC_DEF1
        var checked = 0
        for length in 0..<40 {
            for _ in 0..<60 {
                var bytes: [UInt8] = []
                for _ in 0..<length {
                    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                    let r = Int(state >> 33)
                    bytes.append(r % 7 == 0 ? stops[r % stops.count] : fillers[r % fillers.count])
                }
                bytes.withUnsafeBufferPointer { buf in
                    for start in 0...length {
                        // Four stop bytes, and the first three alone (an unquoted field's scan).
                        for count in [4, 3] {
                            let set = stops.prefix(count)
                            let skipped =
                                count == 4
                                ? ByteScan.skip(buf, from: start, words[0], words[1], words[2], words[3])
                                : ByteScan.skip(buf, from: start, words[0], words[1], words[2])
                            let first = (start..<length).first { set.contains(buf[$0]) } ?? length
                            // It stops at the first stop byte, or where fewer than eight bytes are left before it.
                            #expect(skipped <= first && (skipped == first || length - skipped < 8))
                            #expect((start..<skipped).allSatisfy { !set.contains(buf[$0]) })
                            checked += 1
                        }
                    }
                }
            }
        }
        #expect(checked == 98_400)
    }
}
