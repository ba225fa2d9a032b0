import Testing

@testable import LakeCodec

@Suite struct LeafConverterTests {
    static func column(
        _ type: PhysicalType, logical: LogicalType? = nil, converted: ConvertedType? = nil, length: Int32? = nil
    ) -> ColumnDescriptor {
        var e = SchemaElement()
        e.name = "c"
        e.type = type
        e.logicalType = logical
        e.convertedType = converted
        e.typeLength = length
        if converted == .decimal { e.scale = 2; e.precision = 9 }
        return ColumnDescriptor(
            path: ["c"], element: e, physicalType: type, maxDefinitionLevel: 0, maxRepetitionLevel: 0)
    }

    static func first(_ c: ColumnDescriptor, _ v: ColumnValues) throws -> Value {
        try LeafConverter(descriptor: c, values: v).value(at: 0)
    }

    static func bytes(_ b: [UInt8]) -> ColumnValues {
        var a = BinaryArray()
        // A handful of test bytes is far below BinaryArray's size limit, so append cannot fail here.
        _ = try? a.append(b)
        return .bytes(a)
    }

    @Test func integersDatesTimesAndTimestamps() throws {
        #expect(
            try Self.first(Self.column(.int32, logical: .integer(bitWidth: 32, signed: false)), .int32([-1]))
                == .uint(4_294_967_295))
        #expect(try Self.first(Self.column(.int64, converted: .uint64), .int64([-1])) == .uint(UInt64.max))
        #expect(try Self.first(Self.column(.int32, logical: .date), .int32([19000])) == .date(19000))
        #expect(try Self.first(Self.column(.int32, converted: .timeMillis), .int32([5])) == .time(5, .millis))
        #expect(
            try Self.first(Self.column(.int64, logical: .timestamp(utc: false, unit: .nanos)), .int64([7]))
                == .timestamp(7, .nanos, utc: false))
        #expect(
            try Self.first(Self.column(.int64, converted: .timestampMicros), .int64([7]))
                == .timestamp(7, .micros, utc: true))
        // INT96: Julian day 2440589 (1970-01-02) plus one second.
        #expect(
            try Self.first(Self.column(.int96), .int96([Int96(lo: 1_000_000_000, hi: 2_440_589)]))
                == .timestamp(86_401_000_000_000, .nanos, utc: false))
    }

    @Test func decimalsOfEveryPhysicalType() throws {
        #expect(try Self.first(Self.column(.int32, converted: .decimal), .int32([-150])) == .decimal("-1.50"))
        #expect(
            try Self.first(Self.column(.int64, logical: .decimal(scale: 3, precision: 18)), .int64([1]))
                == .decimal("0.001"))
        #expect(
            try Self.first(
                Self.column(.fixedLenByteArray, logical: .decimal(scale: 1, precision: 5), length: 2),
                Self.bytes([0xFF, 0x38])) == .decimal("-20.0"))
        expectCodecError(.unsupported) {
            _ = try LeafConverter(
                descriptor: Self.column(.byteArray, logical: .decimal(scale: 0, precision: 40)), values: Self.bytes([1])
            )
        }
    }

    @Test func byteArrayAnnotations() throws {
        #expect(
            try Self.first(Self.column(.byteArray, logical: .string), Self.bytes(Array("hé".utf8))) == .string("hé"))
        #expect(
            try Self.first(Self.column(.byteArray, converted: .utf8), Self.bytes([0x41, 0xC3]))
                == .invalidUTF8([0x41, 0xC3]))
        #expect(try Self.first(Self.column(.byteArray, logical: .enumeration), Self.bytes([0x41])) == .binary([0x41]))
        #expect(
            try Self.first(Self.column(.fixedLenByteArray, logical: .float16, length: 2), Self.bytes([0x00, 0x3C]))
                == .float(1))
        #expect(
            try Self.first(
                Self.column(.fixedLenByteArray, converted: .interval, length: 12),
                Self.bytes([1, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0]))
                == .interval(months: 1, days: 2, millis: 3))
        let uuid = [UInt8](0..<16)
        #expect(
            try Self.first(Self.column(.fixedLenByteArray, logical: .uuid, length: 16), Self.bytes(uuid)) == .uuid(uuid)
        )
        #expect(try Self.first(Self.column(.int32, logical: .null), .int32([1])) == .null)
    }
}
