/// Streaming CSV reader: pulls chunks from a `CSVByteSource`, tokenizes records with `CSVTokenizer` and
/// hands them out as `CSVBatch`es of `options.batchRows` rows. Memory stays at about one chunk plus one
/// batch whatever the file size; a record may span any number of chunks up to `maxRecordBytes`.
///
/// Before the first batch it drops a UTF-8 byte-order mark, `dialect.skipRows` physical lines, and reads
/// the header when `dialect.hasHeader`. Every failure is a `CodecError.csv` with the physical line (and
/// column where it helps), so a user can open the file at the right place.
///
/// A class because it owns its source; not `Sendable`, one reader per task.
package final class CSVReader {
    package let dialect: CSVDialect
    package let options: CSVReaderOptions
    /// Column names from the header row (unescaped), or nil when the dialect has no header.
    package private(set) var header: [String]?
    /// The row width every batch has; known after the header or the first record.
    package private(set) var columnCount: Int?
    /// Rows dropped by `ragged: .skip`.
    package private(set) var skippedRows = 0
    /// Data rows handed out so far.
    package private(set) var rowsRead = 0

    private let source: CSVByteSource
    private let tokenizer: CSVTokenizer
    private let nullTexts: [[UInt8]]
    private var buffer: [UInt8] = []
    private var position = 0
    private var atEOF = false
    /// Physical line number of the byte at `position`.
    private var line = 1
    private var prepared = false

    package init(source: CSVByteSource, dialect: CSVDialect, options: CSVReaderOptions = CSVReaderOptions()) {
        self.source = source
        self.dialect = dialect
        self.options = options
        tokenizer = CSVTokenizer(
            dialect: dialect, maxRecordBytes: options.maxRecordBytes, maxFields: options.maxFieldsPerRecord)
        nullTexts = dialect.nullTexts.map { Array($0.utf8) }
        columnCount = options.columnCount
    }

    package convenience init(path: String, dialect: CSVDialect, options: CSVReaderOptions = CSVReaderOptions())
        throws
    {
        self.init(source: try CSVByteSource(path: path), dialect: dialect, options: options)
    }

    /// The next batch of rows, or nil at the end of the input.
    package func nextBatch() throws -> CSVBatch? {
        try prepare()
        var fields: [CSVFieldSpan] = []
        var lines: [Int] = []
        if let width = columnCount {
            // A batch's size is known once the width is: one allocation, not a doubling series of them.
            fields.reserveCapacity(min(options.batchRows * width, options.maxBatchFields) + width)
            lines.reserveCapacity(options.batchRows)
        }
        var regionStart = position
        // A batch ends at `batchRows` rows or `maxBatchFields` fields, whichever comes first (at least one row).
        while lines.count < options.batchRows
            && (lines.isEmpty || fields.count + (columnCount ?? 0) <= options.maxBatchFields)
        {
            if position >= buffer.count {
                if atEOF { break }
                try refill(keeping: &regionStart)
                continue
            }
            if let comment = dialect.comment, buffer[position] == comment {
                guard let next = skipLine() else {
                    try refill(keeping: &regionStart)
                    continue
                }
                position = next
                line += 1
                continue
            }
            // The record's fields go straight into the batch's `fields` (no per-record scratch array),
            // from `mark` on, as offsets from `regionStart` (which a refill moves with the bytes).
            let mark = fields.count
            var sawQuote = false
            var sawEscape = false
            let step = buffer.withUnsafeBufferPointer { buf in
                tokenizer.parseRecord(
                    buf, from: position, atEOF: atEOF, fields: &fields, origin: regionStart, sawQuote: &sawQuote,
                    sawEscape: &sawEscape)
            }
            switch step {
            case .needMore:
                fields.removeSubrange(mark...)
                try refill(keeping: &regionStart)
            case .error(let problem, let offset):
                throw error(problem, at: offset)
            case .record(let next, let extraLines):
                if options.validateUTF8, let bad = firstInvalidUTF8(position, next) {
                    throw error(at: bad, "invalid UTF-8 (byte 0x\(String(buffer[bad], radix: 16, uppercase: true)))")
                }
                let recordLine = line
                let got = fields.count - mark
                let isBlank = got == 1 && fields[mark].count == 0 && !fields[mark].isQuoted
                line += 1 + extraLines
                let recordStart = position
                position = next
                if isBlank && (options.skipBlankLines ?? (columnCount != 1)) {
                    fields.removeSubrange(mark...)
                    continue
                }
                let width = columnCount ?? got
                columnCount = width
                if got == width + 1, let last = fields.last, last.count == 0, !last.isQuoted {
                    // A trailing delimiter (`1,2,3,`): tolerated, as by DuckDB and Glue's classifier.
                    fields.removeLast()
                }
                if fields.count - mark != width {
                    guard
                        try acceptRagged(
                            &fields, from: mark, width: width, recordStart: recordStart - regionStart, line: recordLine)
                    else { continue }
                }
                lines.append(recordLine)
            }
        }
        return lines.isEmpty ? nil : finish(fields, lines, regionStart)
    }

    /// Reads every remaining batch; for tests and small files.
    package func readAll() throws -> [CSVBatch] {
        var batches: [CSVBatch] = []
        while let batch = try nextBatch() { batches.append(batch) }
        return batches
    }

    private func finish(_ fields: [CSVFieldSpan], _ lines: [Int], _ regionStart: Int) -> CSVBatch {
        rowsRead += lines.count
        return CSVBatch(
            bytes: Array(buffer[regionStart..<position]), fields: fields, columnCount: columnCount ?? 0, lines: lines,
            quote: dialect.quote, escape: dialect.escape, nullTexts: nullTexts)
    }

    /// Applies `options.ragged` to the record in `fields[mark...]`; returns whether to keep it (padded).
    /// A skipped record's fields are removed. `recordStart` is, like the spans, an offset from the batch's start.
    private func acceptRagged(
        _ fields: inout [CSVFieldSpan], from mark: Int, width: Int, recordStart: Int, line recordLine: Int
    ) throws -> Bool {
        let got = fields.count - mark
        switch options.ragged {
        case .skip:
            skippedRows += 1
            fields.removeSubrange(mark...)
            return false
        case .pad where got < width:
            let at = got > 0 ? fields[fields.count - 1].end : recordStart
            while fields.count - mark < width {
                fields.append(CSVFieldSpan(start: at, end: at, flags: CSVFieldSpan.padded))
            }
            return true
        case .pad, .error:
            let what = got < width ? "only \(got)" : "\(got)"
            let hint =
                got < width ? "read with ragged=pad or ragged=skip" : "read with ragged=skip, or state delimiter=C"
            throw CodecError.csv(
                path: source.name, line: recordLine, column: nil,
                reason: "row has \(what) fields where \(width) are expected (\(hint))")
        }
    }

    private func refill() throws {
        var start = position
        try refill(keeping: &start)
    }

    /// Runs once: byte-order mark, preamble lines, header.
    private func prepare() throws {
        guard !prepared else { return }
        prepared = true
        try refill()
        while buffer.count < 3 && !atEOF { try refill() }
        if buffer.count >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF { position = 3 }
        var skipped = 0
        while skipped < dialect.skipRows {
            if position >= buffer.count && atEOF { break }
            guard let next = skipLine() else {
                try refill()
                continue
            }
            position = next
            line += 1
            skipped += 1
        }
        guard dialect.hasHeader else { return }
        while true {
            if position >= buffer.count {
                if atEOF { return }
                try refill()
                continue
            }
            // Comment and blank lines cannot be the header.
            let commentLine = dialect.comment.map { buffer[position] == $0 } ?? false
            if commentLine || buffer[position] == 0x0A || buffer[position] == 0x0D {
                guard let next = skipLine() else {
                    try refill()
                    continue
                }
                position = next
                line += 1
                continue
            }
            var scratch: [CSVFieldSpan] = []
            var sawQuote = false
            var sawEscape = false
            let step = buffer.withUnsafeBufferPointer { buf in
                tokenizer.parseRecord(
                    buf, from: position, atEOF: atEOF, fields: &scratch, sawQuote: &sawQuote, sawEscape: &sawEscape)
            }
            switch step {
            case .needMore:
                try refill()
            case .error(let problem, let offset):
                throw error(problem, at: offset)
            case .record(let next, let extraLines):
                if options.validateUTF8, let bad = firstInvalidUTF8(position, next) {
                    let byte = String(buffer[bad], radix: 16, uppercase: true)
                    throw error(at: bad, "invalid UTF-8 in the header (byte 0x\(byte))")
                }
                let batch = CSVBatch(
                    bytes: buffer, fields: scratch, columnCount: scratch.count, lines: [line], quote: dialect.quote,
                    escape: dialect.escape, nullTexts: [])
                header = (0..<scratch.count).map { batch.string(row: 0, column: $0) ?? "" }
                if columnCount == nil { columnCount = scratch.count }
                line += 1 + extraLines
                position = next
                return
            }
        }
    }

    /// Drops bytes before `regionStart` (the start of the batch being built, whose spans are relative to
    /// it) and appends the next chunk; sets `atEOF` when the source is exhausted.
    private func refill(keeping regionStart: inout Int) throws {
        let drop = min(regionStart, position)
        if drop > 0 {
            buffer.removeSubrange(0..<drop)
            position -= drop
            regionStart -= drop
        }
        if buffer.count - position > options.maxRecordBytes {
            throw CodecError.csv(
                path: source.name, line: line, column: nil,
                reason: CSVTokenizer.Problem.recordTooLong.message(maxRecordBytes: options.maxRecordBytes))
        }
        let got = try source.readChunk(into: &buffer, maxBytes: options.chunkBytes)
        if got == 0 { atEOF = true }
    }

    private func skipLine() -> Int? {
        buffer.withUnsafeBufferPointer { CSVTokenizer.skipLine($0, from: position, atEOF: atEOF) }
    }

    private func firstInvalidUTF8(_ start: Int, _ end: Int) -> Int? {
        buffer.withUnsafeBufferPointer { CSVUTF8Validator.firstInvalid($0, from: start, to: end) }
    }

    private func error(_ problem: CSVTokenizer.Problem, at offset: Int) -> CodecError {
        error(at: offset, problem.message(maxRecordBytes: options.maxRecordBytes))
    }

    /// An error at a buffer offset inside the current record, with its physical line and byte column.
    private func error(at offset: Int, _ reason: String) -> CodecError {
        var errorLine = line
        var lineStart = position
        var i = position
        while i < offset && i < buffer.count {
            let b = buffer[i]
            if b == 0x0A || (b == 0x0D && (i + 1 >= buffer.count || buffer[i + 1] != 0x0A)) {
                errorLine += 1
                lineStart = i + 1
            }
            i += 1
        }
        return CodecError.csv(path: source.name, line: errorLine, column: offset - lineStart + 1, reason: reason)
    }
}
