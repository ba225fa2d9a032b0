/// Finds the first byte that breaks UTF-8 (RFC 3629: no overlongs, no surrogates, nothing past U+10FFFF).
/// CSV bytes become Glue/Parquet `string` values, which must be valid UTF-8, so the reader checks each
/// record once here rather than letting `String(decoding:)` silently substitute U+FFFD later.
/// ASCII, the common case, is checked eight bytes at a time.
enum CSVUTF8Validator {
    /// The offset of the first invalid byte in `buf[start..<end]`, or nil when the range is valid.
    static func firstInvalid(_ buf: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
        guard let base = buf.baseAddress, start >= 0, end <= buf.count else { return start < end ? start : nil }
        let raw = UnsafeRawPointer(base)
        var i = start
        while i < end {
            // Eight ASCII bytes at a time: the common case costs one load and one test per word.
            while end - i >= 8 && raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
            }
            guard i < end else { break }
            let b = buf[i]
            if b < 0x80 {
                i += 1
                continue
            }
            let length: Int
            var lower: UInt8 = 0x80
            var upper: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: length = 2
            case 0xE0:
                length = 3
                lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED:
                length = 3
                upper = 0x9F
            case 0xF0:
                length = 4
                lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4:
                length = 4
                upper = 0x8F
            default: return i
            }
            guard end - i >= length else { return i }
            let second = buf[i + 1]
            guard second >= lower && second <= upper else { return i }
            var k = 2
            while k < length {
                guard buf[i + k] & 0xC0 == 0x80 else { return i }
                k += 1
            }
            i += length
        }
        return nil
    }
}
