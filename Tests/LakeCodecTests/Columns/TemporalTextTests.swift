import Testing

@testable import LakeCodec

@Suite struct TemporalTextTests {
    @Test func datesAroundTheEpochAndLeapYears() {
        #expect(TemporalText.date(days: 0) == "1970-01-01")
        #expect(TemporalText.date(days: -1) == "1969-12-31")
        #expect(TemporalText.date(days: 11016) == "2000-02-29")
        #expect(TemporalText.date(days: -719_528) == "0000-01-01")
    }

    @Test func timestampsKeepTheDigitsTheyNeed() {
        #expect(TemporalText.timestamp(1_500, .millis, utc: true) == "1970-01-01T00:00:01.500Z")
        #expect(TemporalText.timestamp(-1, .micros, utc: false) == "1969-12-31T23:59:59.999999")
        #expect(
            TemporalText.timestamp(1_704_141_296_123_456_789, .nanos, utc: false) == "2024-01-01T20:34:56.123456789")
        #expect(TemporalText.time(45_296_000, .millis) == "12:34:56")
    }

    @Test func dayCountsRoundTripThroughTheParser() {
        for d in stride(from: Int64(-800_000), through: 800_000, by: 9973) {
            #expect(ValueOrder.parseDate(TemporalText.date(days: d)) == d)
        }
    }
}
