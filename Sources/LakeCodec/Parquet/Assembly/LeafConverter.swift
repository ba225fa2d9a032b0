/// Turns the physical values of one leaf column into logical `Value`s (LogicalTypes.md): strings,
/// decimals, dates, times, timestamps (INT96 included), unsigned integers, float16, UUID, intervals.
/// Used at the edges only (row output); statistics and profiles work on the typed storage directly.
struct LeafConverter {
    enum Kind {
        case bool, int, uint32, uint64, null
        case float, double, float16
        case string, binary, uuid, interval
        case decimal(scale: Int)
        case date
        case time(TimeUnit)
        case timestamp(TimeUnit, utc: Bool)
        case int96
    }

    let kind: Kind
    let values: ColumnValues

    /// Largest decimal precision read (Arrow's decimal128; pyarrow rejects wider decimals in Parquet too).
    static let maxDecimalPrecision = 38

    init(descriptor d: ColumnDescriptor, values: ColumnValues) throws {
        self.values = values
        self.kind = try Self.kind(for: d)
    }

    static func kind(for d: ColumnDescriptor) throws -> Kind {
        let e = d.element
        let decimal: (scale: Int, precision: Int)? = {
            if case let .decimal(s, p)? = e.logicalType { return (Int(s), Int(p)) }
            if e.convertedType == .decimal { return (Int(e.scale ?? 0), Int(e.precision ?? 0)) }
            return nil
        }()
        if let decimal {
            guard decimal.precision <= maxDecimalPrecision else {
                throw CodecError.unsupported(
                    what:
                        "decimal precision \(decimal.precision) in column '\(d.dottedPath)' (at most \(maxDecimalPrecision) digits are supported)"
                )
            }
            return .decimal(scale: decimal.scale)
        }
        if case .null? = e.logicalType { return .null }
        switch d.physicalType {
        case .boolean: return .bool
        case .int32:
            switch e.logicalType {
            case .integer(_, false)?: return .uint32
            case .date?: return .date
            case .time(_, let unit)?: return .time(unit)
            default: break
            }
            switch e.convertedType {
            case .uint8?, .uint16?, .uint32?: return .uint32
            case .date?: return .date
            case .timeMillis?: return .time(.millis)
            default: return .int
            }
        case .int64:
            switch e.logicalType {
            case .integer(_, false)?: return .uint64
            case .timestamp(let utc, let unit)?: return .timestamp(unit, utc: utc)
            case .time(_, let unit)?: return .time(unit)
            default: break
            }
            switch e.convertedType {
            case .uint64?: return .uint64
            case .timestampMillis?: return .timestamp(.millis, utc: true)
            case .timestampMicros?: return .timestamp(.micros, utc: true)
            case .timeMicros?: return .time(.micros)
            default: return .int
            }
        case .int96: return .int96
        case .float: return .float
        case .double: return .double
        case .byteArray, .fixedLenByteArray:
            switch e.logicalType {
            case .string?, .json?: return .string
            case .enumeration?: return .binary  // as Arrow reads it: ENUM text is not validated as UTF-8
            case .uuid?: return .uuid
            case .float16?: return d.typeLength == 2 ? .float16 : .binary
            case .bson?, .variant?, .geometry?, .geography?: return .binary
            default: break
            }
            switch e.convertedType {
            case .utf8?, .json?: return .string
            case .interval?: return d.typeLength == 12 ? .interval : .binary
            default: return .binary
            }
        }
    }

    /// The `i`-th non-null value.
    func value(at i: Int) -> Value {
        if case .null = kind { return .null }
        switch values {
        case .boolean(let a): return .bool(a[i])
        case .int32(let a): return int32Value(a[i])
        case .int64(let a): return int64Value(a[i])
        case .int96(let a): return Self.int96Timestamp(a[i])
        case .float(let a): return .float(a[i])
        case .double(let a): return .double(a[i])
        case .bytes(let a): return bytesValue(a[i])
        }
    }

    /// INT96 (Julian day as a signed 32-bit integer, then signed 64-bit nanoseconds of day) as nanoseconds
    /// since the epoch. Where that overflows Int64 (before 1677 or after 2262) the value is read as Spark
    /// does (int96_from_spark.md): microseconds, `(day - 2440588) * 86400000000 + nanos / 1000` in wrapping
    /// 64-bit arithmetic. Arrow's nanosecond arithmetic wraps those instead and prints other dates.
    static func int96Timestamp(_ v: Int96) -> Value {
        let days = Int64(Int32(bitPattern: v.hi)) - 2_440_588
        let nanosOfDay = Int64(bitPattern: v.lo)
        let (dayNanos, o1) = days.multipliedReportingOverflow(by: 86_400_000_000_000)
        if !o1 {
            let (total, o2) = dayNanos.addingReportingOverflow(nanosOfDay)
            if !o2 { return .timestamp(total, .nanos, utc: false) }
        }
        return .timestamp(days &* 86_400_000_000 &+ nanosOfDay / 1000, .micros, utc: false)
    }

    private func int32Value(_ v: Int32) -> Value {
        switch kind {
        case .uint32: .uint(UInt64(UInt32(bitPattern: v)))
        case .date: .date(v)
        case .time(let u): .time(Int64(v), u)
        case .decimal(let s): .decimal(DecimalText.format(Int64(v), scale: s))
        default: .int(Int64(v))
        }
    }

    private func int64Value(_ v: Int64) -> Value {
        switch kind {
        case .uint64: .uint(UInt64(bitPattern: v))
        case .time(let u): .time(v, u)
        case .timestamp(let u, let utc): .timestamp(v, u, utc: utc)
        case .decimal(let s): .decimal(DecimalText.format(v, scale: s))
        default: .int(v)
        }
    }

    private func bytesValue(_ b: ArraySlice<UInt8>) -> Value {
        switch kind {
        case .decimal(let s): return .decimal(DecimalText.format(bigEndian: b, scale: s))
        case .string:
            if let s = String(validating: b, as: UTF8.self) { return .string(s) }
            return .invalidUTF8(Array(b))
        case .uuid: return .uuid(Array(b))
        case .float16:
            let bits = UInt16(b[b.startIndex]) | UInt16(b[b.startIndex + 1]) << 8
            return .float(HalfFloat.toFloat(bits))
        case .interval:
            let a = Array(b)
            func u32(_ o: Int) -> UInt32 {
                UInt32(a[o]) | UInt32(a[o + 1]) << 8 | UInt32(a[o + 2]) << 16 | UInt32(a[o + 3]) << 24
            }
            return .interval(months: u32(0), days: u32(4), millis: u32(8))
        default: return .binary(Array(b))
        }
    }
}
