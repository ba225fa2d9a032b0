import LakeCodec
import Testing

@testable import LakeCLI

@Suite struct ParquetValueOutputTests {
    private func json(_ v: Value) -> String { JSONWriter.compact(ParquetValueOutput.output(v)) }

    @Test func scalarsFollowTheCatConventions() {
        #expect(json(.int(-3)) == "-3")
        // One uint64 column is all numbers: small and past-Int64 values alike (issue 9 item 12).
        #expect(json(.uint(UInt64.max)) == "18446744073709551615")
        #expect(json(.uint(7)) == "7")
        #expect(json(.float(1.1)) == "1.1")
        #expect(json(.double(.nan)) == "\"NaN\"")
        #expect(json(.double(-.infinity)) == "\"-Infinity\"")
        #expect(json(.binary([0, 1, 2, 255])) == "\"AAEC/w==\"")
        #expect(json(.decimal("-12.50")) == "\"-12.50\"")
        #expect(json(.date(18_262)) == "\"2020-01-01\"")
        #expect(json(.timestamp(1_577_836_800_123, .millis, utc: true)) == "\"2020-01-01T00:00:00.123Z\"")
        #expect(json(.time(3_600_000_001, .micros)) == "\"01:00:00.000001\"")
        #expect(json(.uuid([UInt8](0..<16))) == "\"00010203-0405-0607-0809-0a0b0c0d0e0f\"")
    }

    @Test func nestedValues() {
        let v = Value.structure([
            .init("tags", .list([.string("a"), .null])),
            .init("m", .map([.init(.string("k"), .int(1))])),
        ])
        #expect(json(v) == #"{"tags":["a",null],"m":[["k",1]]}"#)
    }
}

@Suite struct ParquetJSONLinesTests {
    @Test func matchesTheOutputValueRendering() {
        let values: [Value] = [
            .null, .bool(true), .int(-9), .uint(UInt64.max), .float(1.1), .double(.infinity), .double(0.25),
            .string("quote \" back \\ nl \n tab \t bell \u{7} é"), .invalidUTF8([0x41, 0xC3]), .binary([1, 2, 3]),
            .decimal("1.50"), .date(-1), .time(1, .nanos), .timestamp(0, .micros, utc: false),
            .interval(months: 1, days: 2, millis: 3), .uuid([UInt8](repeating: 0xAB, count: 16)),
            .list([.int(1), .list([])]), .structure([.init("a", .null)]), .map([.init(.string("k"), .double(.nan))]),
        ]
        for v in values {
            var bytes: [UInt8] = []
            ParquetJSONLines.append(v, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == JSONWriter.compact(ParquetValueOutput.output(v)), "\(v)")
        }
    }
}
