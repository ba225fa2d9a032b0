extension AthenaQueryText {
    /// The `s3://…` location of an `UNLOAD (…) TO 'location' WITH (…)` statement (quotes undoubled), nil for
    /// any other statement. `query results` of an UNLOAD (a `--unload --no-wait` run) lists the files there:
    /// such a query has no result rows to print.
    static func unloadTarget(_ sql: String) -> String? {
        guard firstWord(sql) == "UNLOAD", let to = sql.range(of: ") TO '", options: .backwards) else { return nil }
        var location = ""
        var rest = sql[to.upperBound...]
        while let ch = rest.first {
            rest = rest.dropFirst()
            if ch == "'" {
                guard rest.first == "'" else { return location.hasPrefix("s3://") ? location : nil }
                rest = rest.dropFirst()
            }
            location.append(ch)
        }
        return nil
    }
}
