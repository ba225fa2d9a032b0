/// A Parquet INT96 value (deprecated; Impala and Spark wrote timestamps with it). PLAIN stores 12 bytes
/// little endian: the first 8 are the nanoseconds within the day, the last 4 the Julian day number.
struct Int96: Sendable, Equatable, Hashable {
    /// Bytes 0..<8: nanoseconds since midnight.
    var lo: UInt64
    /// Bytes 8..<12: Julian day number.
    var hi: UInt32

    init(lo: UInt64, hi: UInt32) {
        self.lo = lo
        self.hi = hi
    }

    /// Julian day number of 1970-01-01.
    static let unixEpochJulianDay: Int64 = 2_440_588
    static let nanosPerDay: Int64 = 86_400_000_000_000

    /// The timestamp as nanoseconds since the Unix epoch, or nil when it does not fit in an Int64
    /// (dates before 1677 or after 2262). Checked arithmetic: a hostile day number cannot wrap.
    var timestampNanos: Int64? {
        let days = Int64(hi) - Self.unixEpochJulianDay
        let nanos = Int64(bitPattern: lo)
        if let total = Self.combine(days, nanos) { return total }
        // The start of the earliest representable day is itself out of range: borrow one day.
        return nanos > 0 ? Self.combine(days + 1, nanos - Self.nanosPerDay) : nil
    }

    private static func combine(_ days: Int64, _ nanos: Int64) -> Int64? {
        let (dayNanos, o1) = days.multipliedReportingOverflow(by: nanosPerDay)
        if o1 { return nil }
        let (total, o2) = dayNanos.addingReportingOverflow(nanos)
        return o2 ? nil : total
    }

    /// Builds the INT96 for a timestamp in nanoseconds since the epoch (for the writer and tests).
    init(timestampNanos: Int64) {
        var days = timestampNanos / Self.nanosPerDay
        var nanos = timestampNanos % Self.nanosPerDay
        if nanos < 0 {
            nanos += Self.nanosPerDay
            days -= 1
        }
        lo = UInt64(nanos)
        hi = UInt32(truncatingIfNeeded: days + Self.unixEpochJulianDay)
    }
}
