/// How a CSV file is spelled: the bytes that separate, quote and escape fields, how records end, and what
/// precedes the data. A value, so a sniffed dialect can be printed, adjusted by command-line options
/// (`--delimiter ';'`) and handed to the reader and writer unchanged.
///
/// Only single-byte separators are supported: every delimiter, quote and escape seen in practice (and every
/// one Glue's CSV classifier or DuckDB's sniffer tries) is ASCII, and a byte keeps the tokenizer's hot loop
/// a table lookup.
package struct CSVDialect: Sendable, Equatable, Hashable {
    /// How records end. `.auto` accepts `\n`, `\r\n` and a lone `\r` anywhere (RFC 4180 says CRLF, files
    /// in the wild use all three, sometimes mixed); the others are what the writer emits and what the
    /// sniffer reports for the first record.
    package enum Newline: String, Sendable, Equatable, Hashable, CaseIterable {
        case auto
        case lf = "\\n"
        case crlf = "\\r\\n"
        case cr = "\\r"

        /// The bytes a writer emits; `.auto` writes `\n`.
        package var bytes: [UInt8] {
            switch self {
            case .auto, .lf: return [0x0A]
            case .crlf: return [0x0D, 0x0A]
            case .cr: return [0x0D]
            }
        }
    }

    /// Field separator byte.
    package var delimiter: UInt8
    /// Quote byte, or nil when fields are never quoted (then a `"` is data).
    package var quote: UInt8?
    /// Escape byte inside quoted fields, or nil. When it equals `quote` this is RFC 4180's doubled quote
    /// (`""`); `\` is the other common style. A doubled quote is always accepted inside a quoted field.
    package var escape: UInt8?
    package var newline: Newline
    /// Whether the first record after `skipRows` holds column names.
    package var hasHeader: Bool
    /// Physical lines to drop before the first record (preambles, titles, notes above the table).
    package var skipRows: Int
    /// Lines starting with this byte are ignored (DuckDB's `comment`), or nil.
    package var comment: UInt8?
    /// Field texts that mean NULL. An empty unquoted field is always NULL; a quoted empty field `""` is an
    /// empty string, as in DuckDB and Athena's OpenCSVSerDe.
    package var nullTexts: [String]

    package init(
        delimiter: UInt8 = UInt8(ascii: ","), quote: UInt8? = UInt8(ascii: "\""), escape: UInt8? = nil,
        newline: Newline = .auto, hasHeader: Bool = true, skipRows: Int = 0, comment: UInt8? = nil,
        nullTexts: [String] = []
    ) {
        self.delimiter = delimiter
        self.quote = quote
        self.escape = escape
        self.newline = newline
        self.hasHeader = hasHeader
        self.skipRows = skipRows
        self.comment = comment
        self.nullTexts = nullTexts
    }

    /// RFC 4180: comma, double quote escaped by doubling, CRLF written.
    package static let rfc4180 = CSVDialect(escape: UInt8(ascii: "\""), newline: .crlf)

    /// A byte as DuckDB's `sniff_csv` prints it (`(empty)` for none, `\t` spelled out), so sniffing results
    /// compare directly with DuckDB's reference outputs and read well in `lakectl schema` output.
    package static func display(_ byte: UInt8?) -> String {
        guard let byte else { return "(empty)" }
        switch byte {
        case 0x09: return "\\t"
        case 0x01: return "\\x01"
        default: return String(UnicodeScalar(byte))
        }
    }
}
