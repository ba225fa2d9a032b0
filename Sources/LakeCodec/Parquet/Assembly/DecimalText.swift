/// Formats unscaled decimal integers as exact plain-notation text ("-12.50"), for any precision.
enum DecimalText {
    static func format(_ unscaled: Int64, scale: Int) -> String {
        let negative = unscaled < 0
        let digits = String(unscaled.magnitude)
        return place(digits, negative: negative, scale: scale)
    }

    /// `bytes` is a big-endian two's-complement integer (BYTE_ARRAY / FIXED_LEN_BYTE_ARRAY decimals).
    static func format<C: Collection>(bigEndian bytes: C, scale: Int) -> String where C.Element == UInt8 {
        var mag = Array(bytes)
        guard !mag.isEmpty else { return place("0", negative: false, scale: scale) }
        let negative = mag[0] & 0x80 != 0
        if negative {  // two's complement negate: invert and add one
            for i in mag.indices { mag[i] = ~mag[i] }
            var i = mag.count - 1
            while i >= 0 {
                let (s, o) = mag[i].addingReportingOverflow(1)
                mag[i] = s
                if !o { break }
                i -= 1
            }
        }
        // Repeated division by 10^9 over the big-endian magnitude.
        var digitsGroups: [UInt32] = []
        var start = mag.firstIndex { $0 != 0 } ?? mag.count
        while start < mag.count {
            var rem: UInt64 = 0
            for i in start..<mag.count {
                let cur = rem << 8 | UInt64(mag[i])
                mag[i] = UInt8(cur / 1_000_000_000)
                rem = cur % 1_000_000_000
            }
            digitsGroups.append(UInt32(rem))
            while start < mag.count && mag[start] == 0 { start += 1 }
        }
        var text = ""
        for (k, g) in digitsGroups.reversed().enumerated() {
            let s = String(g)
            text += k == 0 ? s : String(repeating: "0", count: 9 - s.count) + s
        }
        if text.isEmpty { text = "0" }
        return place(text, negative: negative && text != "0", scale: scale)
    }

    private static func place(_ digits: String, negative: Bool, scale: Int) -> String {
        var out = digits
        if scale > 0 {
            if out.count <= scale { out = String(repeating: "0", count: scale - out.count + 1) + out }
            out.insert(".", at: out.index(out.endIndex, offsetBy: -scale))
        } else if scale < 0 {
            out += String(repeating: "0", count: -scale)
        }
        return negative ? "-" + out : out
    }
}
