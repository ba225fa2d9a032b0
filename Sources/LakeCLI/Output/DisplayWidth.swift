/// How many terminal columns text takes: East Asian wide and fullwidth characters (CJK, Hangul, fullwidth
/// forms, most emoji) take two (Unicode UAX #11, as `wcwidth` counts them), combining marks and zero-width
/// characters none, everything else one. Counting `Character`s instead misaligns every CJK table.
enum DisplayWidth {
    static func of(_ text: String) -> Int {
        text.reduce(0) { $0 + of($1) }
    }

    /// A grapheme's width is that of its first scalar (combining marks after it add nothing).
    static func of(_ c: Character) -> Int {
        guard let first = c.unicodeScalars.first else { return 0 }
        return width(first.value)
    }

    static func width(_ v: UInt32) -> Int {
        if v < 0x300 { return v < 0x20 || v == 0x7F ? 0 : 1 }
        if (0x300...0x36F).contains(v) || (0x200B...0x200F).contains(v) || (0xFE00...0xFE0F).contains(v) {
            return 0
        }
        for range in wide where range.contains(v) { return 2 }
        return 1
    }

    private static let wide: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
        0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F,
        0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    /// `text` padded with spaces to `width` columns.
    static func padded(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - of(text)))
    }

    /// `text` cut to at most `width` columns, ending in an ellipsis when cut.
    static func truncated(_ text: String, to width: Int) -> String {
        guard of(text) > width else { return text }
        var out = ""
        var used = 0
        for c in text {
            let w = of(c)
            if used + w > width - 1 { break }
            out.append(c)
            used += w
        }
        return out + "…"
    }
}
