import Testing

@testable import LakeCodec

@Suite struct DecimalTextTests {
    @Test(arguments: [
        (Int64(12345), 2, "123.45"), (-5, 2, "-0.05"), (0, 3, "0.000"), (7, 0, "7"),
        (Int64.min, 0, "-9223372036854775808"),
    ])
    func formatsIntegers(_ v: Int64, _ scale: Int, _ text: String) {
        #expect(DecimalText.format(v, scale: scale) == text)
    }

    @Test func formatsBigEndianTwosComplementOfAnyWidth() {
        #expect(DecimalText.format(bigEndian: [0x00, 0x30, 0x39], scale: 2) == "123.45")
        #expect(DecimalText.format(bigEndian: [0xFF, 0xFF, 0xFF, 0xFB], scale: 1) == "-0.5")
        // 2^100 = 1267650600228229401496703205376, 16 bytes.
        var b = [UInt8](repeating: 0, count: 16)
        b[3] = 0x10
        #expect(DecimalText.format(bigEndian: b, scale: 0) == "1267650600228229401496703205376")
        #expect(
            DecimalText.format(bigEndian: [0x80] + [UInt8](repeating: 0, count: 15), scale: 38)
                == "-1.70141183460469231731687303715884105728")
    }
}
