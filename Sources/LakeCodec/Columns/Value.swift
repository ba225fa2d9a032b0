/// One value of a row, for row-wise output (`cat`, tests). Built only at the edges from column batches;
/// the decoders never produce these per value.
package indirect enum Value: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int64)
    case uint(UInt64)
    case float(Float)
    case double(Double)
    case string(String)
    /// Bytes annotated as text that are not valid UTF-8 (kept, not replaced).
    case invalidUTF8([UInt8])
    case binary([UInt8])
    /// Decimal text in plain notation ("-12.50"), exact for any precision.
    case decimal(String)
    /// Days since 1970-01-01.
    case date(Int32)
    /// Time of day in `unit` since midnight.
    case time(Int64, TimeUnit)
    /// Instant (utc == true) or local date-time (utc == false) in `unit` since the epoch.
    case timestamp(Int64, TimeUnit, utc: Bool)
    /// Parquet INTERVAL (three little-endian u32: months, days, milliseconds).
    case interval(months: UInt32, days: UInt32, millis: UInt32)
    /// 16-byte UUID.
    case uuid([UInt8])
    case list([Value])
    case structure([Field])
    case map([MapEntry])

    package struct Field: Sendable, Equatable {
        package var name: String
        package var value: Value
        package init(_ name: String, _ value: Value) {
            self.name = name
            self.value = value
        }
    }

    package struct MapEntry: Sendable, Equatable {
        package var key: Value
        package var value: Value
        package init(_ key: Value, _ value: Value) {
            self.key = key
            self.value = value
        }
    }

    package var isNull: Bool { if case .null = self { return true } else { return false } }
}
