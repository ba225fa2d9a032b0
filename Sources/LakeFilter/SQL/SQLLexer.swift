/// Splits a local SQL query into tokens (Unicode scalars, so positions count characters). Numbers are
/// unsigned here; a minus sign is an operator the parser folds into a literal.
struct SQLLexer {
    private let scalars: [Unicode.Scalar]
    private var index = 0

    init(_ text: String) { scalars = Array(text.unicodeScalars) }

    mutating func tokens() throws -> [SQLToken] {
        var out: [SQLToken] = []
        while true {
            let t = try next()
            out.append(t)
            if t.kind == .end { return out }
        }
    }

    private func peek(_ o: Int = 0) -> Unicode.Scalar? { index + o < scalars.count ? scalars[index + o] : nil }
    private static func isStart(_ c: Unicode.Scalar) -> Bool { c == "_" || c.properties.isAlphabetic }
    private static func isDigit(_ c: Unicode.Scalar?) -> Bool { c.map { ("0"..."9").contains($0) } ?? false }

    private mutating func next() throws -> SQLToken {
        while true {
            while let c = peek(), c.properties.isWhitespace { index += 1 }
            if peek() == "-", peek(1) == "-" {
                while let c = peek(), c != "\n" { index += 1 }
                continue
            }
            break
        }
        let start = index
        let position = start + 1
        guard let c = peek() else { return SQLToken(kind: .end, position: position) }
        if Self.isStart(c) {
            while let d = peek(), Self.isStart(d) || Self.isDigit(d) { index += 1 }
            return SQLToken(kind: .word(text(start, index)), position: position)
        }
        if c == "'" || c == "\"" {
            index += 1
            var value = String.UnicodeScalarView()
            while true {
                guard let d = peek() else {
                    throw SQLError(
                        position: position,
                        reason: "unterminated \(c == "'" ? "string" : "quoted identifier"); close it with \(c)")
                }
                index += 1
                if d == c {
                    if peek() == c {
                        value.append(c)
                        index += 1
                        continue
                    }
                    break
                }
                value.append(d)
            }
            let s = String(value)
            return SQLToken(kind: c == "'" ? .string(s) : .quotedIdentifier(s), position: position)
        }
        if Self.isDigit(c) || (c == "." && Self.isDigit(peek(1))) {
            while Self.isDigit(peek()) { index += 1 }
            if peek() == "." {
                index += 1
                while Self.isDigit(peek()) { index += 1 }
            }
            if let e = peek(), e == "e" || e == "E" {
                var look = 1
                if let s = peek(1), s == "+" || s == "-" { look = 2 }
                if Self.isDigit(peek(look)) {
                    index += look
                    while Self.isDigit(peek()) { index += 1 }
                }
            }
            if let d = peek(), Self.isStart(d) {
                throw SQLError(position: index + 1, reason: "unexpected '\(d)' after the number \(text(start, index))")
            }
            return SQLToken(kind: .number(text(start, index)), position: position)
        }
        if let d = peek(1) {
            let two = String(c) + String(d)
            if ["<>", "!=", "<=", ">=", "||"].contains(two) {
                index += 2
                return SQLToken(kind: .symbol(two), position: position)
            }
        }
        if "=<>(),.+-*/%;".unicodeScalars.contains(c) {
            index += 1
            return SQLToken(kind: .symbol(String(c)), position: position)
        }
        throw SQLError(position: position, reason: "unexpected character '\(c)'")
    }

    private func text(_ from: Int, _ to: Int) -> String {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: scalars[from..<to])
        return String(v)
    }
}
