import Testing

@testable import LakeConfig

@Suite struct QuantityTests {
    @Test func sizesAcceptDecimalBinaryAndBareBytes() {
        #expect(ByteSize.bytes("10GB") == 10_000_000_000)
        #expect(ByteSize.bytes("512MiB") == 512 << 20)
        #expect(ByteSize.bytes("1000000") == 1_000_000)
        #expect(ByteSize.bytes("64mb") == 64_000_000)
        #expect(ByteSize.bytes("ten") == nil && ByteSize.bytes("-1GB") == nil && ByteSize.bytes("GB") == nil)
        #expect(ByteSize.bytes("99999999999TB") == nil)  // overflow is refused, not wrapped
    }

    @Test func durationsAcceptSecondsMinutesHours() {
        #expect(DurationValue.seconds("300s") == 300)
        #expect(DurationValue.seconds("5m") == 300)
        #expect(DurationValue.seconds("1h") == 3_600)
        #expect(DurationValue.seconds("30") == 30)
        #expect(DurationValue.seconds("0s") == nil && DurationValue.seconds("5 minutes") == nil)
    }

    @Test func keySuggestionOnlyForNearMisses() {
        #expect(KeySuggestion.nearest(to: "exlude_columns", in: ["columns", "exclude_columns"]) == "exclude_columns")
        #expect(KeySuggestion.nearest(to: "colour", in: ["columns", "exclude_columns"]) == nil)
    }
}
