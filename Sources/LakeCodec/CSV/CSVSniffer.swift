/// Detects a CSV dialect from a sample of the file, the way DuckDB's sniffer does (its rules are what
/// lakectl's reference outputs come from; see https://duckdb.org/docs/stable/data/csv/auto_detection).
///
/// 1. Every candidate dialect (delimiter × quote/escape) tokenizes the sample into records, blank lines
///    aside, and the field count of each record is noted.
/// 2. A candidate is consistent when, from the first record that reaches its largest field count, every
///    record has exactly that count; the records before it are a preamble (`skipRows`). Among consistent
///    candidates the one with the most consistent rows wins, then the most columns; a candidate whose
///    quotes actually occur beats one that never sees a quote, and one that uses its escape beats one that
///    does not. Ties keep the earlier candidate, so the order of `delimiters` matters.
/// 3. Column types come from the records after the first (`CSVTypeGuess.full`); the first record is a
///    header when one of its values does not fit its column's type, or when every column is text.
///
/// Anything stated in `hints` is taken as given and not sniffed.
package struct CSVSniffer: Sendable {
    /// Explicit settings (`--delimiter`, `--quote`, `--header`, …); nil means "detect".
    package struct Hints: Sendable, Equatable {
        package var delimiter: UInt8?
        /// `.some(nil)` states that there is no quote character.
        package var quote: UInt8??
        package var escape: UInt8??
        package var hasHeader: Bool?
        package var skipRows: Int?
        package var comment: UInt8?
        package var nullTexts: [String]
        /// Accept dialects whose short rows need NULL padding (`--ragged pad`).
        package var allowPadding: Bool

        package init(
            delimiter: UInt8? = nil, quote: UInt8?? = nil, escape: UInt8?? = nil, hasHeader: Bool? = nil,
            skipRows: Int? = nil, comment: UInt8? = nil, nullTexts: [String] = [], allowPadding: Bool = false
        ) {
            self.delimiter = delimiter
            self.quote = quote
            self.escape = escape
            self.hasHeader = hasHeader
            self.skipRows = skipRows
            self.comment = comment
            self.nullTexts = nullTexts
            self.allowPadding = allowPadding
        }
    }

    /// DuckDB's candidates, then Glue's Ctrl-A.
    package static let delimiters: [UInt8] = [0x2C, 0x7C, 0x3B, 0x09, 0x01]
    /// Separators seen in exports but tried only when none of `delimiters` splits the rows, so they never
    /// override DuckDB's choice: `~`, `^`, `#`, `!`, and ASCII's unit separator. (`:` and space are left
    /// out: they split times and prose.)
    package static let otherDelimiters: [UInt8] = [0x7E, 0x5E, 0x23, 0x21, 0x1F]
    /// DuckDB samples 20,480 rows; Glue 1,000 rows or 1 MB.
    package var maxRows: Int
    package var sampleBytes: Int
    package var hints: Hints

    package init(hints: Hints = Hints(), maxRows: Int = 20_480, sampleBytes: Int = 4 << 20) {
        self.hints = hints
        self.maxRows = max(1, maxRows)
        self.sampleBytes = max(1, sampleBytes)
    }

    /// Glue's crawler sample: the first 1,000 records or 1 MB, whichever comes first (AWS-NOTES B2). Use
    /// with `glueHasHeader`/`glueColumnTypes` to predict what a crawler will make of a file.
    package static func glue(hints: Hints = Hints()) -> CSVSniffer {
        CSVSniffer(hints: hints, maxRows: 1_000, sampleBytes: 1_000_000)
    }

    /// Reads up to `sampleBytes` of the file (decompressing gzip) and sniffs it.
    package func sniff(path: String) throws -> CSVSniffResult {
        let source = try CSVByteSource(path: path)
        var sample: [UInt8] = []
        var complete = false
        while sample.count < sampleBytes {
            if try source.readChunk(into: &sample, maxBytes: min(1 << 20, sampleBytes - sample.count)) == 0 {
                complete = true
                break
            }
        }
        if !complete {
            var probe: [UInt8] = []
            complete = try source.readChunk(into: &probe, maxBytes: 1) == 0
        }
        return try sniff(sample: sample, isComplete: complete, name: path)
    }

    /// Sniffs `sample`, the start of a file; `isComplete` says whether it is the whole file, so an open
    /// quote at its end is an error rather than a record continuing past the sample.
    package func sniff(sample: [UInt8], isComplete: Bool, name: String = "<memory>") throws -> CSVSniffResult {
        let start = sample.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        guard sample[start...].contains(where: { $0 != 0x0A && $0 != 0x0D }) else {
            // An empty file is an empty table, as DuckDB reads it: one text column, no rows.
            var dialect = CSVDialect(hasHeader: false, skipRows: hints.skipRows ?? 0)
            dialect.delimiter = hints.delimiter ?? dialect.delimiter
            return CSVSniffResult(
                dialect: dialect, columnNames: ["column0"], columnTypes: [.string], quoteUsed: false,
                escapeUsed: false, sampledRows: 0, glueHasHeader: false, glueColumnTypes: [.string])
        }
        let standard = hints.delimiter.map { [$0] } ?? Self.delimiters
        let comments: [UInt8?] = hints.comment.map { [$0] } ?? Self.commentCandidates(sample, from: start)
        var (best, errors, tried, samples) = select(
            candidates(delimiters: standard, comments: comments), sample, start, isComplete, name)
        if hints.delimiter == nil, (best.winner(allowPadding: hints.allowPadding)?.columns ?? 0) < 2 {
            // Nothing standard splits the rows: try the rarer separators that occur in the sample.
            let others = Self.otherDelimiters.filter { sample.contains($0) }
            let (more, moreErrors, moreTried, _) = select(
                candidates(delimiters: others, comments: comments), sample, start, isComplete, name)
            if let found = more.winner(allowPadding: hints.allowPadding), found.columns >= 2 {
                best = more
            }
            errors += moreErrors
            tried += moreTried
        }
        if let ragged = CSVSnifferSample.raggedReading(samples, strict: best.winner(allowPadding: hints.allowPadding)) {
            guard hints.allowPadding else {
                throw CodecError.csv(
                    path: name, line: ragged.line, column: nil,
                    reason: "row has \(ragged.found) fields where the header has \(ragged.sample.columns) "
                        + "\(CSVDialect.display(ragged.sample.dialect.delimiter))-separated fields; read with "
                        + "ragged=pad (missing fields are NULL) or ragged=skip (the row is dropped), or fix the row")
            }
            return describe(ragged.sample, sample: sample, start: start, isComplete: isComplete)
        }
        guard let winner = best.winner(allowPadding: hints.allowPadding) else {
            // When no dialect can even tokenize the file (an over-long line), that is the clearer message.
            if errors.count == tried, let first = errors.first { throw first }
            if let broken = best.breakingLine(allowPadding: hints.allowPadding) {
                throw CodecError.csv(
                    path: name, line: broken.line, column: nil,
                    reason: "could not detect the CSV dialect: this row has \(broken.found) fields where the rows "
                        + "before it have \(broken.expected) "
                        + "\(CSVDialect.display(best.candidates[0].dialect.delimiter))-"
                        + "separated fields; state delimiter=C, or allow short rows with ragged=pad")
            }
            throw CodecError.csv(
                path: name, line: 1, column: nil,
                reason: "could not detect the CSV dialect: no delimiter and quote give every row the same number of "
                    + "fields; state delimiter=C and quote=C, or allow short rows with ragged=pad")
        }
        return describe(winner, sample: sample, start: start, isComplete: isComplete)
    }

    /// Runs every candidate over the sample; returns the selection, the candidates' tokenizing errors, how
    /// many were tried, and every candidate that tokenized (for `CSVSnifferSample.raggedReading`).
    private func select(
        _ dialects: [CSVDialect], _ sample: [UInt8], _ start: Int, _ isComplete: Bool, _ name: String
    ) -> (CSVSnifferSelection, [CodecError], Int, [CSVSnifferSample]) {
        var best = CSVSnifferSelection()
        var errors: [CodecError] = []
        var samples: [CSVSnifferSample] = []
        for dialect in dialects {
            switch CSVSnifferSample.analyze(
                sample, from: start, dialect: dialect, isComplete: isComplete, maxRows: maxRows, hints: hints,
                name: name)
            {
            case .success(let analysis):
                best.consider(analysis, allowPadding: hints.allowPadding)
                samples.append(analysis)
            case .failure(let error): errors.append(error)
            }
        }
        return (best, errors, dialects.count, samples)
    }

    /// DuckDB also tries `#` as a comment character; lakectl does so only when a line of the sample starts
    /// with one, which keeps the candidate list (and sniffing time) small otherwise.
    static func commentCandidates(_ sample: [UInt8], from start: Int) -> [UInt8?] {
        var atLineStart = true
        var i = start
        while i < sample.count {
            let b = sample[i]
            if atLineStart && b == 0x23 { return [nil, 0x23] }
            atLineStart = b == 0x0A || b == 0x0D
            i += 1
        }
        return [nil]
    }

    /// Candidate dialects in DuckDB's order of preference (no comment before `#`).
    private func candidates(delimiters: [UInt8], comments: [UInt8?]) -> [CSVDialect] {
        let dq = UInt8(ascii: "\""), sq = UInt8(ascii: "'"), bs = UInt8(ascii: "\\")
        var quoting: [(UInt8?, UInt8?)]
        switch hints.quote {
        case .some(.none): quoting = [(nil, nil)]
        case .some(.some(let q)): quoting = [(q, q), (q, bs)]
        case .none: quoting = [(dq, dq), (dq, bs), (sq, sq), (sq, bs), (nil, nil)]
        }
        if let escape = hints.escape { quoting = quoting.map { ($0.0, $0.0 == nil ? nil : escape) } }
        var out: [CSVDialect] = []
        for (quote, escape) in quoting {
            for delimiter in delimiters where delimiter != quote && delimiter != escape {
                for comment in comments where comment == nil || (comment != delimiter && comment != quote) {
                    out.append(
                        CSVDialect(
                            delimiter: delimiter, quote: quote, escape: escape, hasHeader: false,
                            skipRows: 0, comment: comment, nullTexts: hints.nullTexts))
                }
            }
        }
        return out
    }

    /// Turns the winning candidate into a result: skipped lines, newline, types, header.
    private func describe(_ winner: CSVSnifferSample, sample: [UInt8], start: Int, isComplete: Bool) -> CSVSniffResult {
        var dialect = winner.dialect
        dialect.skipRows = hints.skipRows ?? winner.skipLines
        dialect.newline = CSVSnifferSample.newline(of: sample, from: start)
        let rows = CSVSnifferSample.records(
            sample, from: start, dialect: dialect, isComplete: isComplete, maxRows: maxRows, columns: winner.columns)
        let columns = winner.columns
        // A stated header-less file types every row; otherwise the first row may be a header.
        let typeRowsFrom = hints.hasHeader == false || rows.rowCount <= 1 ? 0 : 1
        var full = (0..<columns).map { _ in CSVTypeGuess(rules: .full) }
        var glue = (0..<columns).map { _ in CSVTypeGuess(rules: .glue) }
        for c in 0..<columns {
            full[c].observe(rows, column: c, fromRow: typeRowsFrom)
            glue[c].observe(rows, column: c, fromRow: typeRowsFrom)
        }
        let types = full.map(\.type)
        let glueTypes = glue.map(\.type)
        let detectedHeader = rows.rowCount > 0 && Self.duckDBHeader(rows, guesses: full)
        dialect.hasHeader = hints.hasHeader ?? detectedHeader
        let names: [String]
        if dialect.hasHeader && rows.rowCount > 0 {
            names = (0..<columns).map { c in
                let name = rows.string(row: 0, column: c) ?? ""
                return name.isEmpty ? Self.generatedName(c, of: columns) : name
            }
        } else {
            names = (0..<columns).map { Self.generatedName($0, of: columns) }
        }
        return CSVSniffResult(
            dialect: dialect, columnNames: names, columnTypes: types, quoteUsed: winner.everQuoted,
            escapeUsed: winner.everEscaped, sampledRows: rows.rowCount,
            glueHasHeader: Self.glueHeader(rows, glueTypes: glueTypes), glueColumnTypes: glueTypes)
    }

    /// DuckDB: a header when a first-row value does not fit its column's (non-text) type, when every
    /// column is text, or when the first row is all empty (an unnamed header). A column with no values
    /// below the first row still has DuckDB's narrowest candidate, BOOLEAN, so text above it is a name.
    static func duckDBHeader(_ rows: CSVBatch, guesses: [CSVTypeGuess]) -> Bool {
        var allText = true
        var allNull = true
        for (c, guess) in guesses.enumerated() {
            // Empty counts as NULL even when quoted, as in DuckDB (`allow_quoted_nulls`).
            let isNull = rows.span(row: 0, column: c).count == 0 || rows.isNull(row: 0, column: c)
            if !isNull { allNull = false }
            let type = guess.nonNullCount == 0 && rows.rowCount > 1 ? .boolean : guess.type
            guard type != .string else { continue }
            allText = false
            if !isNull && !rows.withValueBytes(row: 0, column: c, { CSVTypeGuess.fits($0, type, rules: .full) }) {
                return true
            }
        }
        return allText || allNull
    }

    /// DuckDB's names for header-less columns: `column0`…, zero-padded to the widest index.
    static func generatedName(_ index: Int, of count: Int) -> String {
        let width = String(max(0, count - 1)).count
        let digits = String(index)
        return "column" + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
