/// The byte-level state machine that splits CSV text into records and fields.
///
/// It works on one contiguous buffer and finds one record at a time, returning `.needMore` when the record
/// may continue past the end of the buffer; the streaming reader then appends the next chunk and parses the
/// record again from its start. Re-scanning only the unfinished record keeps the machine free of saved
/// state between chunks, and a record is at most `maxRecordBytes` long.
///
/// The hot loop skips ordinary bytes eight at a time (`ByteScan`), then finishes with three or four byte
/// comparisons (measured faster than a 256-entry table lookup, whose bounds check is not elided), and never
/// builds a `String`. Accepted syntax is RFC 4180
/// plus what real files do:
/// `\n`, `\r\n` or a lone `\r` ending records, newlines inside quoted fields, doubled quotes, and a separate
/// escape byte such as `\`. A quote byte in the middle of an unquoted field is data, as in DuckDB.
struct CSVTokenizer: Sendable {
    /// What parsing one record from a given offset found.
    enum Step: Equatable, Sendable {
        /// A complete record; the next one starts at `next`. `extraLines` counts newlines inside quoted
        /// fields, so the caller can keep physical line numbers for error messages.
        case record(next: Int, extraLines: Int)
        /// The buffer ended inside the record; append more input and call again from the same offset.
        case needMore
        /// The input is not valid CSV under this dialect at byte `offset` of the buffer.
        case error(Problem, offset: Int)
    }

    enum Problem: Equatable, Sendable {
        case unterminatedQuote
        case textAfterClosingQuote
        case recordTooLong
        /// The record has more than `limit` fields (a line of delimiters, or the wrong delimiter).
        case tooManyFields(limit: Int)

        /// What went wrong and what to do, for `CodecError.csv`.
        func message(maxRecordBytes: Int) -> String {
            switch self {
            case .unterminatedQuote:
                return "unterminated quoted field: the quote opened here never closes"
            case .textAfterClosingQuote:
                return
                    "unexpected text after a closing quote (a stray quote, or the wrong quote character: state quote=C)"
            case .recordTooLong:
                return "record longer than \(maxRecordBytes) bytes (a quote that never closes, or raise the limit)"
            case .tooManyFields(let limit):
                return "record has more than \(limit) fields (the wrong delimiter, or not a CSV file)"
            }
        }
    }

    let delimiter: UInt8
    let quote: UInt8
    let hasQuote: Bool
    let escape: UInt8
    /// An escape byte distinct from the quote (`\`); doubled quotes are handled regardless.
    let hasSeparateEscape: Bool
    let maxRecordBytes: Int
    /// Most fields one record may have. Each field costs a span here and a column downstream, so without a
    /// cap one 2 MiB line of commas becomes a million columns (and gigabytes of builders).
    let maxFields: Int

    /// Default for `maxFields`: far above any real table (DuckDB and Glue stop long before), far below
    /// what a line of delimiters within `maxRecordBytes` would make.
    static let defaultMaxFields = 100_000

    init(dialect: CSVDialect, maxRecordBytes: Int = 2 << 20, maxFields: Int = CSVTokenizer.defaultMaxFields) {
        delimiter = dialect.delimiter
        quote = dialect.quote ?? 0
        hasQuote = dialect.quote != nil
        escape = dialect.escape ?? 0
        hasSeparateEscape = dialect.escape != nil && dialect.escape != dialect.quote
        self.maxRecordBytes = maxRecordBytes
        self.maxFields = max(1, maxFields)
        delimiterWord = ByteScan.broadcast(delimiter)
        quoteWord = ByteScan.broadcast(quote)
        escapeWord = ByteScan.broadcast(escape)
    }

    /// The stop bytes broadcast to eight lanes, for `ByteScan.skip`.
    private let delimiterWord: UInt64
    private let quoteWord: UInt64
    private let escapeWord: UInt64
    private let lineFeedWord = ByteScan.broadcast(0x0A)
    private let carriageReturnWord = ByteScan.broadcast(0x0D)

    /// Parses one record starting at `start`, appending its fields to `fields` as offsets from `origin`
    /// (the start of the batch the caller is building, so its spans need no second pass). On `.needMore`
    /// or `.error` the fields appended so far are left for the caller to discard; the offsets in `Step`
    /// are the buffer's own.
    /// `sawQuote`/`sawEscape` are set when a quoted field or an escape sequence occurs; the sniffer uses
    /// them to prefer dialects whose quoting the data actually exercises (as DuckDB does).
    func parseRecord(
        _ buf: UnsafeBufferPointer<UInt8>, from start: Int, atEOF: Bool, fields: inout [CSVFieldSpan],
        origin: Int = 0, sawQuote: inout Bool, sawEscape: inout Bool
    ) -> Step {
        let n = buf.count
        var i = start
        var extraLines = 0
        let firstField = fields.count
        while true {
            // At the start of a field.
            if hasQuote && i < n && buf[i] == quote {
                let open = i
                i += 1
                let contentStart = i
                var flags = CSVFieldSpan.quoted
                sawQuote = true
                scan: while true {
                    i = ByteScan.skip(buf, from: i, quoteWord, escapeWord, lineFeedWord, carriageReturnWord)
                    while i < n {
                        let c = buf[i]
                        if c == quote || c == escape || c == 0x0A || c == 0x0D { break }
                        i += 1
                    }
                    if i - start > maxRecordBytes { return .error(.recordTooLong, offset: start) }
                    guard i < n else { return atEOF ? .error(.unterminatedQuote, offset: open) : .needMore }
                    let b = buf[i]
                    if b == 0x0A {
                        extraLines += 1
                        i += 1
                    } else if b == 0x0D {
                        if i + 1 < n {
                            if buf[i + 1] != 0x0A { extraLines += 1 }
                        } else if !atEOF {
                            return .needMore
                        }
                        i += 1
                    } else if hasSeparateEscape && b == escape {
                        guard i + 1 < n else { return atEOF ? .error(.unterminatedQuote, offset: open) : .needMore }
                        flags |= CSVFieldSpan.escaped
                        sawEscape = true
                        i += 2
                    } else if b != quote {
                        // An escape byte when no separate escape is set (the table holds 0 then): data.
                        i += 1
                    } else {
                        // The quote: doubled means a literal quote, otherwise it closes the field.
                        if i + 1 >= n && !atEOF { return .needMore }
                        if i + 1 < n && buf[i + 1] == quote {
                            flags |= CSVFieldSpan.escaped
                            sawEscape = true
                            i += 2
                            continue scan
                        }
                        fields.append(CSVFieldSpan(start: contentStart - origin, end: i - origin, flags: flags))
                        i += 1
                        break scan
                    }
                }
                guard i < n else {
                    return atEOF ? .record(next: n, extraLines: extraLines) : .needMore
                }
                let after = buf[i]
                if after != delimiter && after != 0x0A && after != 0x0D {
                    return .error(.textAfterClosingQuote, offset: i)
                }
            } else {
                let fieldStart = i
                i = ByteScan.skip(buf, from: i, delimiterWord, lineFeedWord, carriageReturnWord)
                while i < n {
                    let c = buf[i]
                    if c == delimiter || c == 0x0A || c == 0x0D { break }
                    i += 1
                }
                if i - start > maxRecordBytes { return .error(.recordTooLong, offset: start) }
                guard i < n else {
                    if !atEOF { return .needMore }
                    fields.append(CSVFieldSpan(start: fieldStart - origin, end: n - origin))
                    return .record(next: n, extraLines: extraLines)
                }
                fields.append(CSVFieldSpan(start: fieldStart - origin, end: i - origin))
            }
            // After a field: a delimiter, or the end of the record.
            let b = buf[i]
            if b == delimiter {
                if fields.count - firstField >= maxFields { return .error(.tooManyFields(limit: maxFields), offset: i) }
                i += 1
                continue
            }
            if b == 0x0A { return .record(next: i + 1, extraLines: extraLines) }
            // b == \r: alone, or the first half of \r\n.
            if i + 1 < n { return .record(next: buf[i + 1] == 0x0A ? i + 2 : i + 1, extraLines: extraLines) }
            return atEOF ? .record(next: i + 1, extraLines: extraLines) : .needMore
        }
    }

    /// Skips one physical line without CSV interpretation (preamble rows, comments): returns the offset
    /// after its terminator, or nil when the buffer ends first and more input may follow.
    static func skipLine(_ buf: UnsafeBufferPointer<UInt8>, from start: Int, atEOF: Bool) -> Int? {
        let n = buf.count
        var i = start
        while i < n && buf[i] != 0x0A && buf[i] != 0x0D { i += 1 }
        guard i < n else { return atEOF ? n : nil }
        if buf[i] == 0x0A { return i + 1 }
        if i + 1 < n { return buf[i + 1] == 0x0A ? i + 2 : i + 1 }
        return atEOF ? i + 1 : nil
    }
}
