import Testing

@testable import LakeCodec

@Suite struct ByteRangeTests {
    @Test func coalesceMergesOverlappingAndNearRangesAndKeepsFarOnesApart() {
        let ranges = [
            ByteRange(offset: 100, count: 10), ByteRange(offset: 0, count: 50), ByteRange(offset: 40, count: 20),
            ByteRange(offset: 1_000, count: 5), ByteRange(offset: 500, count: 0),
        ]
        #expect(
            ByteRange.coalesce(ranges, gap: 40) == [
                ByteRange(offset: 0, count: 110), ByteRange(offset: 1_000, count: 5),
            ])
        #expect(
            ByteRange.coalesce(ranges, gap: 0) == [
                ByteRange(offset: 0, count: 60), ByteRange(offset: 100, count: 10), ByteRange(offset: 1_000, count: 5),
            ])
    }

    @Test func httpRangeNamesTheLastByteInclusively() {
        #expect(ByteRange(offset: 10, count: 5).httpRange == "bytes=10-14")
        #expect(ByteRange(offset: 0, count: 1).httpRange == "bytes=0-0")
    }
}
