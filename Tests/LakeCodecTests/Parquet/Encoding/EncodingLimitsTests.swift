import Testing

@testable import LakeCodec

@Suite struct EncodingLimitsTests {
    @Test func counts() throws {
        try EncodingLimits.checkCount(0, "x", offset: 0)
        try EncodingLimits.checkCount(EncodingLimits.maxValues, "x", offset: 0)
        expectCodecError(.limitExceeded) { try EncodingLimits.checkCount(EncodingLimits.maxValues + 1, "x", offset: 0) }
        expectCodecError(.corrupt) { try EncodingLimits.checkCount(-1, "x", offset: 0) }
    }

    @Test func byteCountsOverflowIntoTruncation() throws {
        let c = ByteCursor([1, 2, 3, 4, 5, 6, 7, 8])
        #expect(try EncodingLimits.byteCount(2, width: 4, in: c, "x") == 8)
        expectCodecError(.truncated) { _ = try EncodingLimits.byteCount(3, width: 4, in: c, "x") }
        expectCodecError(.truncated) { _ = try EncodingLimits.byteCount(Int.max, width: 2, in: c, "x") }
    }
}
