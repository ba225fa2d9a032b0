import Testing

@testable import LakeCodec

@Suite struct LogicalTypeTests {
    private func decode(_ build: (inout ThriftTestWriter) -> Void) throws -> LogicalType {
        var w = ThriftTestWriter()
        build(&w)
        w.stop()
        var r = ThriftCompactReader(ByteCursor(w.bytes), context: "LogicalType")
        return try LogicalType(thrift: &r)
    }

    @Test func timestampWithUnitAndUTCFlag() throws {
        let t = try decode { w in
            w.beginStruct(8)
            w.bool(1, true)
            w.beginStruct(2); w.beginStruct(3); w.endStruct(); w.endStruct()
            w.endStruct()
        }
        #expect(t == .timestamp(utc: true, unit: .nanos))
    }

    @Test func decimalAndInteger() throws {
        #expect(
            try decode { w in
                w.beginStruct(5); w.i32(1, 2); w.i32(2, 10); w.endStruct()
            } == .decimal(scale: 2, precision: 10))
        #expect(
            try decode { w in
                w.beginStruct(10); w.field(1, .byte); w.bytes.append(16); w.bool(2, false); w.endStruct()
            } == .integer(bitWidth: 16, signed: false))
    }

    @Test func unknownUnionMemberIsKeptNotFatal() throws {
        #expect(
            try decode { w in
                w.beginStruct(42); w.endStruct()
            } == .unknownAnnotation(id: 42))
    }
}
