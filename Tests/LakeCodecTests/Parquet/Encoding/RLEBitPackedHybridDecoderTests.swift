import Testing

@testable import LakeCodec

@Suite struct RLEBitPackedHybridDecoderTests {
    /// Encodings.md, RLE note 1: 0...7 with bit width 3 pack into 10001000 11000110 11111010.
    @Test func specBitPackingExample() throws {
        let bytes: [UInt8] = [0x03, 0b1000_1000, 0b1100_0110, 0b1111_1010]
        var decoder = try RLEBitPackedHybridDecoder(ByteCursor(bytes), bitWidth: 3)
        var out: [Int32] = []
        try decoder.decode(count: 8, into: &out)
        #expect(out == [0, 1, 2, 3, 4, 5, 6, 7])
        #expect(decoder.cursor.isAtEnd)
    }

    @Test func rleRunThenBitPacked() throws {
        // RLE: 5 × 300 (width 9 → 2 value bytes), then one bit-packed group of width 9.
        var bytes: [UInt8] = [5 << 1, 0x2C, 0x01]
        var packed: [UInt8] = []
        BitPacking.pack((0..<8).map { UInt64($0 * 60) }, bitWidth: 9, into: &packed)
        bytes += [0x03] + packed
        var decoder = try RLEBitPackedHybridDecoder(ByteCursor(bytes), bitWidth: 9)
        var out: [Int32] = []
        try decoder.decode(count: 3, into: &out)
        try decoder.decode(count: 6, into: &out)  // crosses into the packed run
        try decoder.decode(count: 4, into: &out)
        #expect(out == [300, 300, 300, 300, 300, 0, 60, 120, 180, 240, 300, 360, 420])
    }

    @Test(arguments: roundTripBitWidths, roundTripCounts)
    func roundTrip(bitWidth: Int, count: Int) throws {
        let values = sampleValues(count: count, bitWidth: bitWidth, seed: UInt64(bitWidth * 1000 + count))
        var bytes: [UInt8] = []
        RLEBitPackedHybridEncoder.encode(values, bitWidth: bitWidth, into: &bytes)
        var decoder = try RLEBitPackedHybridDecoder(ByteCursor(bytes), bitWidth: bitWidth)
        var out: [Int32] = [42]
        try decoder.decode(count: count, into: &out)
        #expect(out == [42] + values)
    }

    @Test(arguments: [1, 5, 17, 32])
    func batchedDecodeMatchesWhole(bitWidth: Int) throws {
        let values = sampleValues(count: 5000, bitWidth: bitWidth, seed: 7)
        var bytes: [UInt8] = []
        RLEBitPackedHybridEncoder.encode(values, bitWidth: bitWidth, into: &bytes)
        var decoder = try RLEBitPackedHybridDecoder(ByteCursor(bytes), bitWidth: bitWidth)
        var out: [Int32] = []
        var k = 0
        while out.count < values.count {
            try decoder.decode(count: min(k % 13 + 1, values.count - out.count), into: &out)
            k += 1
        }
        #expect(out == values)
    }

    @Test func shortLastBitPackedRunIsAccepted() throws {
        // Header says 2 groups (16 values) of width 4 = 8 bytes, only 2 bytes present: 4 values readable.
        let bytes: [UInt8] = [0x05, 0x21, 0x43]
        var decoder = try RLEBitPackedHybridDecoder(ByteCursor(bytes), bitWidth: 4)
        var out: [Int32] = []
        try decoder.decode(count: 4, into: &out)
        #expect(out == [1, 2, 3, 4])
        expectCodecError(.truncated) { try decoder.decode(count: 1, into: &out) }
        #expect(out == [1, 2, 3, 4])
    }

    @Test func streamEndingEarlyThrowsTruncated() throws {
        let bytes: [UInt8] = [4 << 1, 0x07]  // 4 × 7
        var decoder = try RLEBitPackedHybridDecoder(ByteCursor(bytes), bitWidth: 3)
        var out: [Int32] = []
        expectCodecError(.truncated) { try decoder.decode(count: 5, into: &out) }
        #expect(out.isEmpty)
    }

    @Test func missingRLEValueThrowsTruncated() throws {
        var decoder = try RLEBitPackedHybridDecoder(ByteCursor([4 << 1, 0x07]), bitWidth: 12)
        var out: [Int32] = []
        expectCodecError(.truncated) { try decoder.decode(count: 1, into: &out) }
    }

    @Test func rleValueWiderThanBitWidthIsCorrupt() throws {
        var decoder = try RLEBitPackedHybridDecoder(ByteCursor([4 << 1, 0x09]), bitWidth: 3)
        var out: [Int32] = []
        expectCodecError(.corrupt) { try decoder.decode(count: 1, into: &out) }
    }

    @Test func runLengthAbove2To31IsCorrupt() throws {
        // Varint for (2^31) << 1.
        var decoder = try RLEBitPackedHybridDecoder(ByteCursor([0x80, 0x80, 0x80, 0x80, 0x10, 0x01]), bitWidth: 1)
        var out: [Int32] = []
        expectCodecError(.corrupt) { try decoder.decode(count: 1, into: &out) }
    }

    @Test func bitWidthAbove32IsCorrupt() {
        expectCodecError(.corrupt) { _ = try RLEBitPackedHybridDecoder(ByteCursor([]), bitWidth: 33) }
    }

    @Test func hugeCountIsLimited() throws {
        var decoder = try RLEBitPackedHybridDecoder(ByteCursor([0x02, 0x01]), bitWidth: 1)
        var out: [Int32] = []
        expectCodecError(.limitExceeded) { try decoder.decode(count: Int(Int32.max), into: &out) }
        expectCodecError(.corrupt) { try decoder.decode(count: -1, into: &out) }
    }

    @Test func skipThenDecode() throws {
        let values = sampleValues(count: 300, bitWidth: 6, seed: 3)
        var bytes: [UInt8] = []
        RLEBitPackedHybridEncoder.encode(values, bitWidth: 6, into: &bytes)
        var decoder = try RLEBitPackedHybridDecoder(ByteCursor(bytes), bitWidth: 6)
        try decoder.skip(count: 123)
        var out: [Int32] = []
        try decoder.decode(count: 177, into: &out)
        #expect(out == Array(values[123...]))
    }
}
