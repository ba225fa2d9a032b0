/// One field of a parsed record: a byte range into the buffer the record was parsed from, plus what the
/// tokenizer learned while scanning it. Fields stay ranges (no `String` per value) so a batch of 8,192 rows
/// costs three small arrays, and only the values a caller asks for are decoded.
package struct CSVFieldSpan: Sendable, Equatable {
    /// First byte of the field's content (after an opening quote).
    package var start: Int
    /// One past the last byte of content (before a closing quote).
    package var end: Int
    package var flags: UInt8

    /// The field was enclosed in quotes, so an empty one is an empty string, not NULL.
    package static let quoted: UInt8 = 1
    /// The content holds escape sequences or doubled quotes and must be unescaped before use.
    package static let escaped: UInt8 = 2
    /// Added by `--ragged pad` for a missing trailing field: always NULL.
    package static let padded: UInt8 = 4

    package init(start: Int, end: Int, flags: UInt8 = 0) {
        self.start = start
        self.end = end
        self.flags = flags
    }

    package var isQuoted: Bool { flags & Self.quoted != 0 }
    package var isEscaped: Bool { flags & Self.escaped != 0 }
    package var isPadded: Bool { flags & Self.padded != 0 }
    package var count: Int { end - start }
}
