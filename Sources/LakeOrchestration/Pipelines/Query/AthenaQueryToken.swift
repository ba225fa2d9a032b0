/// One token of a statement as the fetch chooser reads it: words (upper-cased), quoted identifiers,
/// string literals, numbers and single-character symbols, each with its parenthesis depth. Comments are
/// skipped. Enough to tell a statement's shape (its FROM, its GROUP BY, its select list's calls), not to
/// parse it: anything the chooser does not recognise leaves the size unknown, never wrong.
struct AthenaQueryToken: Sendable, Equatable {
    enum Kind: Sendable, Equatable { case word, quoted, string, number, symbol }

    var kind: Kind
    /// Words upper-cased; quoted identifiers without their quotes (doubled quotes undone), as written.
    var text: String
    /// Parentheses open around it; an opening parenthesis has the depth outside it.
    var depth: Int

    func isWord(_ word: String) -> Bool { kind == .word && text == word }
    func isSymbol(_ symbol: Character) -> Bool { kind == .symbol && text == String(symbol) }

    static func tokens(_ sql: String) -> [AthenaQueryToken] {
        let chars = Array(sql)
        var out: [AthenaQueryToken] = []
        var depth = 0
        var i = 0
        func isWordChar(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "_" }
        while i < chars.count {
            let c = chars[i]
            if c.isWhitespace {
                i += 1
            } else if c == "-", i + 1 < chars.count, chars[i + 1] == "-" {
                while i < chars.count, chars[i] != "\n" { i += 1 }
            } else if c == "/", i + 1 < chars.count, chars[i + 1] == "*" {
                i += 2
                while i < chars.count, !(chars[i] == "*" && i + 1 < chars.count && chars[i + 1] == "/") { i += 1 }
                i += 2
            } else if c == "'" || c == "\"" {
                var text = ""
                i += 1
                while i < chars.count {
                    if chars[i] == c {
                        if i + 1 < chars.count, chars[i + 1] == c {
                            text.append(c)
                            i += 2
                            continue
                        }
                        break
                    }
                    text.append(chars[i])
                    i += 1
                }
                i += 1
                out.append(AthenaQueryToken(kind: c == "'" ? .string : .quoted, text: text, depth: depth))
            } else if c.isLetter || c == "_" {
                let start = i
                while i < chars.count, isWordChar(chars[i]) { i += 1 }
                out.append(AthenaQueryToken(kind: .word, text: String(chars[start..<i]).uppercased(), depth: depth))
            } else if c.isNumber {
                let start = i
                while i < chars.count, isWordChar(chars[i]) || chars[i] == "." { i += 1 }
                out.append(AthenaQueryToken(kind: .number, text: String(chars[start..<i]), depth: depth))
            } else {
                if c == ")" { depth = max(0, depth - 1) }
                out.append(AthenaQueryToken(kind: .symbol, text: String(c), depth: depth))
                if c == "(" { depth += 1 }
                i += 1
            }
        }
        return out
    }
}
