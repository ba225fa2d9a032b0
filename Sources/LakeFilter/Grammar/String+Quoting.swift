extension String {
    /// The text with every `quote` doubled, as SQL escapes a quote inside a quoted string or identifier.
    func doublingQuotes(_ quote: Character) -> String {
        var out = ""
        out.reserveCapacity(utf8.count)
        for c in self {
            out.append(c)
            if c == quote { out.append(c) }
        }
        return out
    }
}
