/// How a finished query's rows come back to lakectl. GetQueryResults pages (`page`) answer at most 1,000
/// rows a call as JSON text; the result CSV (`csv`) is one S3 object read in parallel ranges; UNLOAD
/// (`unload`) has Athena write Parquet under the output location, which is compact and typed and read back
/// through LakeCodec's Parquet scan. `auto` picks by expected size (see `choose`).
package enum QueryFetch: String, Sendable, Equatable, CaseIterable {
    case auto, page, csv, unload

    /// The path `auto` resolves to, by the result's expected size (`expectedRows`: the least of
    /// `--max-rows`, the text's bound and the catalog's estimate; nil when none is known):
    /// - not a SELECT/WITH/VALUES (DDL, SHOW…): page, the only path for a result without a result file;
    /// - at most `pageMaxRows`: page;
    /// - a top-level ORDER BY reads the CSV: Athena writes UNLOAD output as several files in parallel and
    ///   the order across files is lost; so does a query without an output location to UNLOAD under, and
    ///   one that asks for result reuse (an UNLOAD writes to a new prefix each time, so it is never reused);
    /// - at most `csvMaxRows`: the result CSV;
    /// - larger, or of unknown size: UNLOAD (the cheaper mistake: see `csvMaxRows`).
    package static func choose(
        sql: String, maxRows: Int?, hasOutputLocation: Bool, reusing: Bool = false, catalogRows: Int? = nil
    ) -> QueryFetch {
        guard AthenaQueryText.isSelect(sql) else { return .page }
        let expected = expectedRows(sql: sql, maxRows: maxRows, catalogRows: catalogRows)
        if let expected, expected <= pageMaxRows { return .page }
        guard hasOutputLocation, !reusing, !AthenaQueryText.hasOrderBy(sql) else { return .csv }
        if let expected, expected <= csvMaxRows { return .csv }
        return .unload
    }

    /// The most rows the result is expected to have: the least of `--max-rows`, the text's bound
    /// (`AthenaQueryText.rowBound`: LIMIT, no FROM, a global aggregate) and the catalog's estimate for a
    /// single-table SELECT; nil when none is known.
    package static func expectedRows(sql: String, maxRows: Int?, catalogRows: Int? = nil) -> Int? {
        [maxRows, AthenaQueryText.rowBound(sql), catalogRows].compactMap { $0 }.min()
    }

    /// Results up to this many rows page: one GetQueryResults call holds them (999 rows besides the header).
    /// Measured (`scripts/bench/athena_paths.sh`, release build, emulator, whole process, median of 5–7
    /// interleaved runs; page / csv / unload seconds): 10 rows 0.216 / 0.227 / 0.229, 500 rows
    /// 0.211 / 0.213 / 0.224, 1,000 rows (two pages) 0.220 / 0.216 / 0.226, 2,000 rows 0.261 / 0.236 /
    /// 0.239. Up to here the paths are within ~15 ms of one another; paging costs a call per 1,000 rows past it.
    package static let pageMaxRows = 999

    /// Results up to this many rows read the result CSV; larger ones UNLOAD. Measured as above: 3,000 rows
    /// 0.266 / 0.232 / 0.240, 5,000 rows 0.284 / 0.241 / 0.234, 10,000 rows 0.618 / 0.317 / 0.272,
    /// 100,000 rows 2.527 / 0.817 / 0.527: UNLOAD overtakes the CSV between 3,000 and 5,000 rows. Where the
    /// size is unknown `auto` UNLOADs: at 10 rows that costs ~13 ms over paging, while paging 100,000 rows
    /// costs 2 s over UNLOAD. Figures from the emulator: real Athena's UNLOAD adds its own write time.
    package static let csvMaxRows = 4_000
}

/// What lakectl reads from a statement's text to pick a fetch path and wrap it in UNLOAD.
enum AthenaQueryText {
    /// The first keyword, upper-cased, after leading blanks, comments and parentheses.
    static func firstWord(_ sql: String) -> String {
        var rest = Substring(sql)
        while true {
            rest = rest.drop { $0.isWhitespace || $0 == "(" }
            if rest.hasPrefix("--") {
                rest = rest.drop { $0 != "\n" }
            } else if rest.hasPrefix("/*"), let end = rest.range(of: "*/") {
                rest = rest[end.upperBound...]
            } else {
                break
            }
        }
        return String(rest.prefix { $0.isLetter }).uppercased()
    }

    static func isSelect(_ sql: String) -> Bool {
        ["SELECT", "WITH", "VALUES", "TABLE"].contains(firstWord(sql))
    }

    /// True when ORDER BY appears outside quotes at nesting depth 0 (a sub-query's ORDER BY does not order
    /// the result).
    static func hasOrderBy(_ sql: String) -> Bool {
        let words = topLevelWords(sql)
        return zip(words, words.dropFirst()).contains { $0 == "ORDER" && $1 == "BY" }
    }

    /// True when the statement reads a table at depth 0: without a FROM (`SELECT 1`, `SELECT now()`, a
    /// scalar sub-query) its result is one row, which one GetQueryResults call answers.
    static func hasFrom(_ sql: String) -> Bool {
        topLevelWords(sql).contains("FROM")
    }

    /// The words (letters only, upper-cased) outside quotes and parentheses, in order.
    static func topLevelWords(_ sql: String) -> [String] {
        var depth = 0
        var quote: Character? = nil
        var word = ""
        var words: [String] = []
        for ch in sql + " " {
            if let q = quote {
                if ch == q { quote = nil }
                continue
            }
            if ch.isLetter {
                word.append(ch)
                continue
            }
            if !word.isEmpty {
                if depth == 0 { words.append(word.uppercased()) }
                word = ""
            }
            if ch == "'" || ch == "\"" {
                quote = ch
            } else if ch == "(" {
                depth += 1
            } else if ch == ")" {
                depth -= 1
            }
        }
        return words
    }

    /// N of a final `LIMIT N` (how many rows the result can have at most), nil when there is none.
    static func trailingLimit(_ sql: String) -> Int? {
        let words = innerQuery(sql).split(whereSeparator: { $0.isWhitespace })
        guard words.count >= 2, words[words.count - 2].uppercased() == "LIMIT" else { return nil }
        return Int(words[words.count - 1])
    }

    /// The statement as UNLOAD's inner query: trailing blanks and semicolons removed.
    static func innerQuery(_ sql: String) -> String {
        var text = Substring(sql)
        while let last = text.last, last.isWhitespace || last == ";" { text = text.dropLast() }
        return String(text)
    }

    /// The statement the user wrote: lakectl's own UNLOAD wrapper (the unload fetch path, writing under
    /// `lakectl-unload/`) removed, so status and history show the query, not how it was fetched.
    static func userQuery(_ sql: String) -> String {
        guard sql.hasPrefix("UNLOAD ("), let to = sql.range(of: ") TO '", options: .backwards),
            sql[to.upperBound...].contains("/lakectl-unload/")
        else { return sql }
        return String(sql[sql.index(sql.startIndex, offsetBy: 8)..<to.lowerBound])
    }

    /// `UNLOAD (sql) TO 's3://…/' WITH (format = 'PARQUET')`; quotes in the location are doubled.
    static func unload(_ sql: String, to location: String, format: String) -> String {
        let target = location.replacingOccurrences(of: "'", with: "''")
        return "UNLOAD (\(innerQuery(sql))) TO '\(target)' WITH (format = '\(format.uppercased())')"
    }
}
