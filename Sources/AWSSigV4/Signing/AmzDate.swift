import Foundation

/// The ISO 8601 basic timestamp SigV4 uses in `X-Amz-Date` and the credential scope (`YYYYMMDDTHHMMSSZ`,
/// always UTC; https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html).
///
/// Formatted by hand: `DateFormatter` / `ISO8601DateFormatter` cost microseconds per call and are not
/// `Sendable`, and this runs once per signed request.
package enum AmzDate {
    package static func format(_ date: Date) -> String {
        withBytes(date) { bytes in
            String(unsafeUninitializedCapacity: 16) { buffer in
                guard let target = buffer.baseAddress, let source = bytes.baseAddress else { return 0 }
                target.update(from: source, count: 16)
                return 16
            }
        }
    }

    /// Calls `body` with the 16 ASCII bytes of the timestamp, held on the stack.
    static func withBytes<R>(_ date: Date, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        var storage: (UInt64, UInt64) = (0, 0)
        return withUnsafeMutableBytes(of: &storage) { raw in
            let out = raw.bindMemory(to: UInt8.self)
            write(date, to: out)
            return body(UnsafeBufferPointer(out))
        }
    }

    /// Parses `YYYYMMDDTHHMMSSZ`; `nil` for anything else (no lenient forms: the value is compared
    /// byte for byte by AWS).
    package static func parse(_ text: String) -> Date? {
        let b = Array(text.utf8)
        guard b.count == 16, b[8] == UInt8(ascii: "T"), b[15] == UInt8(ascii: "Z") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for i in range {
                guard b[i] >= UInt8(ascii: "0"), b[i] <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(b[i] - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(4..<6), let day = number(6..<8),
            let hour = number(9..<11), let minute = number(11..<13), let second = number(13..<15),
            (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day),
            hour < 24, minute < 60, second < 61
        else { return nil }
        let days = daysFromCivil(year: year, month: month, day: day)
        let seconds = days * 86_400 + hour * 3_600 + minute * 60 + second
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    /// The 16 ASCII bytes of the timestamp; the first 8 are the scope date (`YYYYMMDD`).
    static func bytes(_ date: Date) -> [UInt8] {
        withBytes(date) { Array($0) }
    }

    /// Writes the 16 bytes into `out`, which must hold at least 16.
    private static func write(_ date: Date, to out: UnsafeMutableBufferPointer<UInt8>) {
        guard out.count >= 16 else { return }
        let interval = date.timeIntervalSince1970
        // Whole seconds, rounding toward the past like every SDK; clamp absurd values rather than trap.
        let clamped = max(-62_135_596_800, min(253_402_300_799, interval.rounded(.down)))
        let total = Int(clamped)
        let days = total >= 0 ? total / 86_400 : (total - 86_399) / 86_400
        let secondOfDay = total - days * 86_400
        let (year, month, day) = civilFromDays(days)
        func put(_ value: Int, at offset: Int, width: Int) {
            var v = value
            for i in stride(from: offset + width - 1, through: offset, by: -1) {
                out[i] = UInt8(ascii: "0") + UInt8(v % 10)
                v /= 10
            }
        }
        put(year, at: 0, width: 4)
        put(month, at: 4, width: 2)
        put(day, at: 6, width: 2)
        out[8] = UInt8(ascii: "T")
        put(secondOfDay / 3_600, at: 9, width: 2)
        put(secondOfDay / 60 % 60, at: 11, width: 2)
        put(secondOfDay % 60, at: 13, width: 2)
        out[15] = UInt8(ascii: "Z")
    }

    /// Howard Hinnant's days-from-civil (proleptic Gregorian), http://howardhinnant.github.io/date_algorithms.html
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The inverse of `daysFromCivil`.
    static func civilFromDays(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
