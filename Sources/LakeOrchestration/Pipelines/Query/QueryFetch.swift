/// How a finished query's rows come back to lakectl. GetQueryResults pages (`page`) answer at most 1,000
/// rows a call as JSON text; the result CSV (`csv`) is one S3 object read in parallel ranges; UNLOAD
/// (`unload`) has Athena write Parquet under the output location, which is compact and typed and read back
/// through LakeCodec's Parquet scan. `auto` picks by expected size (see `choose`).
package enum QueryFetch: String, Sendable, Equatable, CaseIterable {
    case auto, page, csv, unload

    /// The path `auto` resolves to. Only a `SELECT`/`WITH` can be wrapped in UNLOAD, and UNLOAD needs an
    /// output location to write under; a result capped at one page (`--max-rows`, a final `LIMIT` under
    /// 1,000, or a SELECT without FROM, which answers one row) is fastest as
    /// that one GetQueryResults call; a top-level ORDER BY is fetched through the CSV, because Athena
    /// writes UNLOAD output as several files in parallel and the order across files is lost.
    /// A query that asks for result reuse reads the CSV: an UNLOAD writes to a new prefix each time, so
    /// Athena never reuses it.
    package static func choose(sql: String, maxRows: Int?, hasOutputLocation: Bool, reusing: Bool = false)
        -> QueryFetch
    {
        if let maxRows, maxRows < AthenaQueryText.pageRows { return .page }
        guard AthenaQueryText.isSelect(sql) else { return .page }
        if AthenaQueryText.firstWord(sql) == "SELECT", !AthenaQueryText.hasFrom(sql) { return .page }
        if let limit = AthenaQueryText.trailingLimit(sql), limit < AthenaQueryText.pageRows { return .page }
        guard hasOutputLocation, !reusing, !AthenaQueryText.hasOrderBy(sql) else { return .csv }
        return .unload
    }
}

/// What lakectl reads from a statement's text to pick a fetch path and wrap it in UNLOAD.
enum AthenaQueryText {
    /// Rows one GetQueryResults call answers besides the header.
    static let pageRows = 999

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
