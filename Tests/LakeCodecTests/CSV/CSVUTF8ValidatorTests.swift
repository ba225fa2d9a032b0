import Testing

@testable import LakeCodec

@Suite("CSVUTF8Validator")
struct CSVUTF8ValidatorTests {
    func firstInvalid(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { CSVUTF8Validator.firstInvalid($0, from: 0, to: bytes.count) }
    }

    @Test("valid text of every width passes")
    func valid() {
        #expect(firstInvalid(Array("ascii, é, 中文, 🦆".utf8)) == nil)
    }

    @Test(
        "invalid sequences are found at their first byte",
        arguments: [
            ([0x61, 0xFF], 1),  // never valid
            ([0xC0, 0xAF], 0),  // overlong '/'
            ([0x61, 0xED, 0xA0, 0x80], 1),  // UTF-16 surrogate
            ([0xF4, 0x90, 0x80, 0x80], 0),  // above U+10FFFF
            ([0x61, 0x62, 0xE2, 0x82], 2),  // truncated
            ([0xE2, 0x28, 0xA1], 0),  // bad continuation
        ] as [([UInt8], Int)])
    func invalid(bytes: [UInt8], at offset: Int) {
        #expect(firstInvalid(bytes) == offset)
    }
}
