extension RowGroupPredicate {
    /// Parses `column OP literal`, OP one of = != <> < <= > >=. The literal is one bare word (`5`, `true`,
    /// `2024-01-31`) or a single-quoted string with SQL's doubled quote for a quote (`'O''Brien'`); double
    /// quotes are accepted the same way. Anything else — `==`, a second condition (`OR`, `AND`), text after
    /// the literal — is an error naming the part, so a filter is never read as a different question.
    package static func parse(_ text: String) throws -> RowGroupPredicate {
        let chars = Array(text)
        var i = 0
        func skipSpaces() { while i < chars.count, chars[i] == " " || chars[i] == "\t" { i += 1 } }
        func fail(_ reason: String) -> CodecError { .unsupported(what: "filter '\(text)': \(reason)") }
        let expected = "expected 'column OP value' with OP one of = != <> < <= > >=; repeat --where for AND"

        skipSpaces()
        let columnStart = i
        while i < chars.count, chars[i].isLetter || chars[i].isNumber || chars[i] == "_" || chars[i] == "." {
            i += 1
        }
        let column = String(chars[columnStart..<i])
        guard !column.isEmpty else { throw fail(expected) }
        skipSpaces()

        let opStart = i
        while i < chars.count, "=<>!".contains(chars[i]) { i += 1 }
        let opText = String(chars[opStart..<i])
        let comparison: Comparison
        switch opText {
        case "=": comparison = .equal
        case "!=", "<>": comparison = .notEqual
        case "<": comparison = .less
        case "<=": comparison = .lessOrEqual
        case ">": comparison = .greater
        case ">=": comparison = .greaterOrEqual
        case "": throw fail(expected)
        case "==": throw fail("'==' is not an operator; use '=' (\(expected))")
        default: throw fail("'\(opText)' is not an operator (\(expected))")
        }
        skipSpaces()

        var literal = ""
        if i < chars.count, chars[i] == "'" || chars[i] == "\"" {
            let quote = chars[i]
            i += 1
            var closed = false
            while i < chars.count {
                if chars[i] == quote {
                    if i + 1 < chars.count, chars[i + 1] == quote {
                        literal.append(quote)
                        i += 2
                        continue
                    }
                    i += 1
                    closed = true
                    break
                }
                literal.append(chars[i])
                i += 1
            }
            guard closed else {
                throw fail("the quoted value has no closing \(quote) (write a quote inside it twice: 'O''Brien')")
            }
        } else {
            let start = i
            while i < chars.count, chars[i] != " " && chars[i] != "\t" { i += 1 }
            literal = String(chars[start..<i])
            guard !literal.isEmpty else { throw fail("no value after '\(opText)' (\(expected))") }
        }
        skipSpaces()
        if i < chars.count {
            let rest = String(chars[i...])
            let word = rest.split(separator: " ").first.map { $0.uppercased() } ?? ""
            if word == "OR" || word == "AND" {
                throw fail(
                    "\(word) is not supported: one --where holds one comparison; repeat --where for AND "
                        + "(OR has no form yet)")
            }
            throw fail("unexpected '\(rest)' after the value '\(literal)'; quote a value that holds spaces")
        }
        return RowGroupPredicate(column: column, comparison: comparison, literal: literal)
    }
}
