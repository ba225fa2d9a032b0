import Testing

@testable import LakeOrchestration

/// Athena's result text read by column type (no emulator: the parsing rules alone).
@Suite struct QueryValueTests {
    @Test(arguments: [
        ("9223372036854775807", "bigint", QueryValue.int(.max)),
        ("-7", "integer", .int(-7)),
        ("123456789012345678901234567.89", "decimal", .decimal("123456789012345678901234567.89")),
        ("-Infinity", "double", .double(-.infinity)),
        ("NaN", "float", .double(.nan)),
        ("2.5E-4", "double", .double(0.00025)),
        ("false", "boolean", .bool(false)),
        ("2024-02-29 10:11:12.345", "timestamp", .string("2024-02-29T10:11:12.345")),
        ("2024-02-29 10:11:12.345 UTC", "timestamp with time zone", .string("2024-02-29T10:11:12.345Z")),
        ("2024-02-29", "date", .string("2024-02-29")),
        ("[1, 2]", "array", .array([.int(1), .int(2)])),
        ("[1, 2", "array", .string("[1, 2")),
        ("not a number", "bigint", .string("not a number")),
        ("", "varchar", .string("")),
    ])
    func textIsTypedByTheColumnType(text: String, type: String, expected: QueryValue) {
        #expect(QueryValue(text: text, athenaType: type) == expected)
    }

    @Test func missingValueIsNullWhateverTheType() {
        #expect(QueryValue(text: nil, athenaType: "bigint") == .null)
        #expect(QueryValue(text: nil, athenaType: "varchar") == .null)
    }

    @Test func byteCountsReadAsPeopleReadThem() {
        #expect(ByteCountText.format(0) == "0 B")
        #expect(ByteCountText.format(999) == "999 B")
        #expect(ByteCountText.format(74_643) == "74.6 KB")
        #expect(ByteCountText.format(1_200_000_000) == "1.2 GB")
    }

    /// The UNLOAD path's timestamps read as the paging path's: always three fraction digits.
    @Test(arguments: [
        ("2024-01-02T03:04:05", "2024-01-02T03:04:05.000"),
        ("2024-01-02T03:04:05Z", "2024-01-02T03:04:05.000Z"),
        ("2024-01-02T03:04:05.5", "2024-01-02T03:04:05.500"),
        ("2024-01-02T03:04:05.123000Z", "2024-01-02T03:04:05.123Z"),
        ("2024-01-02T03:04:05.123456", "2024-01-02T03:04:05.123456"),
        ("2024-01-02", "2024-01-02"),
    ])
    func parquetTimestampsHaveAthenasMilliseconds(text: String, expected: String) {
        #expect(ParquetQueryValue.millisecondText(text) == expected)
    }
}
