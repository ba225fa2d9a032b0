/// What a statement's text says about its result's size before it runs: an upper bound on its rows, and
/// the one catalog table a plain SELECT reads (whose size bounds the result).
extension AthenaQueryText {
    /// Trino's aggregate functions: a call to one at the top of a select list without GROUP BY (and not a
    /// window, `OVER`) makes the result one row.
    static let aggregates: Set<String> = [
        "COUNT", "COUNT_IF", "SUM", "AVG", "MIN", "MAX", "MIN_BY", "MAX_BY", "ARBITRARY", "ANY_VALUE",
        "APPROX_DISTINCT", "APPROX_PERCENTILE", "APPROX_SET", "APPROX_MOST_FREQUENT", "ARRAY_AGG", "BOOL_AND",
        "BOOL_OR", "EVERY", "CHECKSUM", "GEOMETRIC_MEAN", "HISTOGRAM", "LISTAGG", "MAP_AGG", "MAP_UNION",
        "MULTIMAP_AGG", "STDDEV", "STDDEV_POP", "STDDEV_SAMP", "VARIANCE", "VAR_POP", "VAR_SAMP", "CORR",
        "COVAR_POP", "COVAR_SAMP", "KURTOSIS", "SKEWNESS", "BITWISE_AND_AGG", "BITWISE_OR_AGG", "REDUCE_AGG",
    ]

    /// At most how many rows the text allows: 1 for a SELECT without FROM or a global aggregate, N for a
    /// final `LIMIT N`, the least of those that apply; nil when the text does not say.
    static func rowBound(_ sql: String) -> Int? {
        var bounds: [Int] = []
        if let limit = trailingLimit(sql) { bounds.append(limit) }
        if firstWord(sql) == "SELECT", !hasFrom(sql) { bounds.append(1) }
        if isGlobalAggregate(sql) { bounds.append(1) }
        return bounds.min()
    }

    /// True for `SELECT count(*), sum(x) FROM t [WHERE …]`: an aggregate called at the top of the main
    /// select list, no GROUP BY, no window (`OVER`) and no UNION/INTERSECT/EXCEPT at depth 0. A call nested
    /// in another (`coalesce(sum(x), 0)`) is not looked at: the bound is then unknown, never wrong.
    static func isGlobalAggregate(_ sql: String) -> Bool {
        let top = AthenaQueryToken.tokens(sql).filter { $0.depth == 0 }
        guard !top.contains(where: { $0.isWord("UNION") || $0.isWord("INTERSECT") || $0.isWord("EXCEPT") }),
            !zip(top, top.dropFirst()).contains(where: { $0.isWord("GROUP") && $1.isWord("BY") }),
            let select = top.firstIndex(where: { $0.isWord("SELECT") })
        else { return false }
        let end = top[select...].firstIndex(where: { $0.isWord("FROM") }) ?? top.endIndex
        let list = top[(select + 1)..<end]
        guard !list.contains(where: { $0.isWord("OVER") }) else { return false }
        return zip(list, list.dropFirst()).contains {
            $0.kind == .word && aggregates.contains($0.text) && $1.isSymbol("(")
        }
    }

    /// The catalog table of a plain single-table SELECT (`FROM db.table [AS] [alias]`, names quoted or not,
    /// lower-cased as Glue keeps them), whose size bounds the result: WHERE, GROUP BY, DISTINCT and LIMIT
    /// only remove rows. Nil for anything that can add rows or reads something else: a JOIN (UNNEST
    /// included), a comma join, UNION/INTERSECT/EXCEPT, a sub-query or table function in FROM, a WITH.
    static func singleTable(_ sql: String) -> (database: String?, table: String)? {
        let top = AthenaQueryToken.tokens(sql).filter { $0.depth == 0 }
        guard top.first?.isWord("SELECT") == true,
            !top.contains(where: { t in ["JOIN", "UNION", "INTERSECT", "EXCEPT", "UNNEST"].contains { t.isWord($0) } })
        else { return nil }
        let froms = top.indices.filter { top[$0].isWord("FROM") }
        guard froms.count == 1 else { return nil }
        var i = froms[0] + 1
        var parts: [String] = []
        while i < top.count, top[i].kind == .word || top[i].kind == .quoted {
            parts.append(top[i].text.lowercased())
            i += 1
            guard i < top.count, top[i].isSymbol(".") else { break }
            i += 1
        }
        guard (1...3).contains(parts.count) else { return nil }
        let clauses = ["WHERE", "GROUP", "ORDER", "LIMIT", "HAVING", "OFFSET", "FETCH", "WINDOW"]
        let isClause = { (t: AthenaQueryToken) in clauses.contains { t.isWord($0) } }
        if i < top.count, top[i].isWord("AS") { i += 1 }
        if i < top.count, top[i].kind == .quoted || (top[i].kind == .word && !isClause(top[i])) { i += 1 }
        guard i == top.count || top[i].isSymbol(";") || isClause(top[i]) else { return nil }
        return (parts.count >= 2 ? parts[parts.count - 2] : nil, parts[parts.count - 1])
    }
}
