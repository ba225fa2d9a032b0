/// One candidate dialect's view of the sniffing sample: how many fields each record has, on which
/// physical line it starts, and whether quotes and escapes were actually used.
struct CSVSnifferSample: Sendable {
    let dialect: CSVDialect
    /// Field count of each non-blank record, in order.
    var counts: [Int] = []
    /// 0-based physical line on which each record starts.
    var lineIndex: [Int] = []
    /// Whether each record ends with an empty unquoted field (a trailing delimiter), which DuckDB forgives
    /// when the record is one field wider than the table.
    var trailingEmpty: [Bool] = []
    var everQuoted = false
    var everEscaped = false
    /// Lines skipped as comments (only with `dialect.comment`).
    var commentLines = 0
    /// Set by `CSVSnifferSelection`: the consistent width and the first record of the table.
    var columns = 0
    var startRow = 0
    var consistentRows = 0
    var paddingRows = 0

    /// Physical lines before the table: DuckDB's `SkipRows`.
    var skipLines: Int { startRow < lineIndex.count ? lineIndex[startRow] : 0 }

    /// Tokenizes up to `maxRows` records of `sample` under `dialect`. Fails when the dialect cannot parse
    /// the sample at all (a quote that never closes in a complete file, text after a closing quote).
    static func analyze(
        _ sample: [UInt8], from start: Int, dialect: CSVDialect, isComplete: Bool, maxRows: Int,
        hints: CSVSniffer.Hints, name: String
    ) -> Result<CSVSnifferSample, CodecError> {
        var result = CSVSnifferSample(dialect: dialect)
        let tokenizer = CSVTokenizer(dialect: dialect)
        var fields: [CSVFieldSpan] = []
        var position = start
        var line = 0
        let failure: CodecError? = sample.withUnsafeBufferPointer { buf in
            var skipped = 0
            while skipped < (hints.skipRows ?? 0), position < buf.count,
                let next = CSVTokenizer.skipLine(buf, from: position, atEOF: isComplete)
            {
                position = next
                line += 1
                skipped += 1
            }
            while position < buf.count && result.counts.count < maxRows {
                if let comment = dialect.comment, buf[position] == comment {
                    guard let next = CSVTokenizer.skipLine(buf, from: position, atEOF: isComplete) else { break }
                    position = next
                    line += 1
                    result.commentLines += 1
                    continue
                }
                fields.removeAll(keepingCapacity: true)
                // Like DuckDB, only the analysed first chunk decides whether quotes and escapes are in use.
                var sawQuote = false
                var sawEscape = false
                let step = tokenizer.parseRecord(
                    buf, from: position, atEOF: isComplete, fields: &fields, sawQuote: &sawQuote,
                    sawEscape: &sawEscape)
                if result.counts.count < CSVSnifferSelection.analysisRows {
                    result.everQuoted = result.everQuoted || sawQuote
                    result.everEscaped = result.everEscaped || sawEscape
                }
                switch step {
                case .needMore:
                    return nil
                case .error(let problem, _):
                    return CodecError.csv(
                        path: name, line: line + 1, column: nil,
                        reason: problem.message(maxRecordBytes: tokenizer.maxRecordBytes))
                case .record(let next, let extraLines):
                    let blank = fields.count == 1 && fields[0].count == 0 && !fields[0].isQuoted
                    if !blank {
                        result.counts.append(fields.count)
                        result.lineIndex.append(line)
                        let last = fields[fields.count - 1]
                        result.trailingEmpty.append(fields.count > 1 && last.count == 0 && !last.isQuoted)
                    }
                    line += 1 + extraLines
                    position = next
                }
            }
            return nil
        }
        if let failure { return .failure(failure) }
        return .success(result)
    }

    /// The sample's records under the chosen dialect, `columns` wide (other widths dropped), as a batch for
    /// type guessing and the header decision. A record cut off by the end of an incomplete sample is left out.
    static func records(
        _ sample: [UInt8], from start: Int, dialect: CSVDialect, isComplete: Bool, maxRows: Int, columns: Int
    ) -> CSVBatch {
        var bytes = Array(sample[start...])
        if !isComplete, let lastNewline = bytes.lastIndex(where: { $0 == 0x0A || $0 == 0x0D }) {
            bytes.removeSubrange((lastNewline + 1)...)
        }
        var readDialect = dialect
        readDialect.hasHeader = false
        let options = CSVReaderOptions(
            ragged: .skip, batchRows: maxRows, validateUTF8: false, skipBlankLines: columns != 1,
            columnCount: columns, maxBatchFields: .max)
        let reader = CSVReader(source: CSVByteSource(bytes: bytes), dialect: readDialect, options: options)
        let empty = CSVBatch(
            bytes: [], fields: [], columnCount: columns, lines: [], quote: dialect.quote, escape: dialect.escape,
            nullTexts: [])
        return ((try? reader.nextBatch()) ?? nil) ?? empty
    }

    /// The first record terminator in the sample, as DuckDB reports `NewLineDelimiter`.
    static func newline(of sample: [UInt8], from start: Int) -> CSVDialect.Newline {
        var i = start
        while i < sample.count {
            if sample[i] == 0x0A { return .lf }
            if sample[i] == 0x0D { return i + 1 < sample.count && sample[i + 1] == 0x0A ? .crlf : .cr }
            i += 1
        }
        return .lf
    }
}
