import Testing

@testable import LakeCodec

@Suite struct BitUnpackingTests {
    @Test(arguments: Array(0...32))
    func unpack32MatchesPack(bitWidth: Int) {
        var rng = TestRNG(seed: UInt64(bitWidth))
        let mask: UInt64 = bitWidth == 0 ? 0 : (1 << UInt64(bitWidth)) - 1
        let values = (0..<203).map { _ in rng.next() & mask }
        var packed: [UInt8] = []
        BitPacking.pack(values, bitWidth: bitWidth, into: &packed)
        // From every start offset, including ones whose 8-byte load would pass the end (slow tail).
        for first in [0, 1, 5, 190, 202] {
            var out = [Int32](repeating: -7, count: 203 - first)
            packed.withUnsafeBytes { raw in
                out.withUnsafeMutableBufferPointer { dst in
                    BitUnpacking.unpack32(
                        raw.baseAddress ?? UnsafeRawPointer(bitPattern: 1)!, byteCount: raw.count,
                        bitWidth: bitWidth, first: first, count: dst.count, into: dst.baseAddress!)
                }
            }
            #expect(out.map { UInt64(UInt32(bitPattern: $0)) } == Array(values[first...]))
        }
    }

    @Test(arguments: [1, 7, 31, 33, 56, 57, 63, 64])
    func unpack64MatchesPack(bitWidth: Int) {
        var rng = TestRNG(seed: UInt64(bitWidth))
        let mask: UInt64 = bitWidth == 64 ? ~0 : (1 << UInt64(bitWidth)) - 1
        let values = (0..<77).map { _ in rng.next() & mask }
        var packed: [UInt8] = []
        BitPacking.pack(values, bitWidth: bitWidth, into: &packed)
        for first in [0, 3, 76] {
            var out = [Int64](repeating: 0, count: 77 - first)
            packed.withUnsafeBytes { raw in
                out.withUnsafeMutableBufferPointer { dst in
                    BitUnpacking.unpack64(
                        raw.baseAddress!, byteCount: raw.count, bitWidth: bitWidth, first: first,
                        count: dst.count, into: dst.baseAddress!)
                }
            }
            #expect(out.map { UInt64(bitPattern: $0) } == Array(values[first...]))
        }
    }

    @Test func bitsPastTheEndReadAsZero() {
        let bytes: [UInt8] = [0xFF]
        var out: [Int32] = [0, 0]
        bytes.withUnsafeBytes { raw in
            out.withUnsafeMutableBufferPointer { dst in
                BitUnpacking.unpack32(
                    raw.baseAddress!, byteCount: 1, bitWidth: 6, first: 0, count: 2, into: dst.baseAddress!)
            }
        }
        #expect(out == [63, 3])
    }
}
