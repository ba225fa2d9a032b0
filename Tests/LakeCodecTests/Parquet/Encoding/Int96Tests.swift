import Testing

@testable import LakeCodec

@Suite struct Int96Tests {
    @Test func epochAndKnownInstant() {
        #expect(Int96(lo: 0, hi: 2_440_588).timestampNanos == 0)
        // 2001-09-09T01:46:40Z = 1e9 s: Julian day 2452162 (11574 days after the epoch), 6400 s into the day.
        #expect(Int96(lo: 6_400_000_000_000, hi: 2_452_162).timestampNanos == 1_000_000_000_000_000_000)
    }

    @Test(arguments: [Int64(0), -1, 1, 1_700_000_000_123_456_789, -86_400_000_000_001, Int64.max, Int64.min])
    func roundTrip(nanos: Int64) {
        #expect(Int96(timestampNanos: nanos).timestampNanos == nanos)
    }

    @Test func outOfRangeIsNil() {
        #expect(Int96(lo: 0, hi: .max).timestampNanos == nil)
        #expect(Int96(lo: 0, hi: 0).timestampNanos == nil)
        #expect(Int96(lo: .max, hi: 2_440_588).timestampNanos == -1)
    }
}
