/// Splits filter text into tokens. Works on Unicode scalars so positions count characters as a user sees
/// them in most text, not bytes.
struct FilterLexer {
    private let scalars: [Unicode.Scalar]
    private var index = 0

    init(_ text: String) { scalars = Array(text.unicodeScalars) }

    mutating func tokens() throws(FilterError) -> [FilterToken] {
        var out: [FilterToken] = []
        while true {
            let token = try next()
            out.append(token)
            if token.kind == .end { return out }
        }
    }

    private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        index + offset < scalars.count ? scalars[index + offset] : nil
    }

    private static func isIdentifierStart(_ c: Unicode.Scalar) -> Bool {
        c == "_" || c.properties.isAlphabetic
    }

    private static func isIdentifierPart(_ c: Unicode.Scalar) -> Bool {
        isIdentifierStart(c) || ("0"..."9").contains(c)
    }

    private static func isDigit(_ c: Unicode.Scalar?) -> Bool { c.map { ("0"..."9").contains($0) } ?? false }

    private mutating func next() throws(FilterError) -> FilterToken {
        while let c = peek(), c.properties.isWhitespace { index += 1 }
        let start = index
        let position = start + 1
        guard let c = peek() else { return FilterToken(kind: .end, position: position) }
        if Self.isIdentifierStart(c) {
            while let d = peek(), Self.isIdentifierPart(d) { index += 1 }
            return FilterToken(kind: .word(text(start, index)), position: position)
        }
        if c == "'" || c == "\"" {
            index += 1
            var value = String.UnicodeScalarView()
            while true {
                guard let d = peek() else {
                    let what = c == "'" ? "string" : "quoted identifier"
                    throw FilterError(position: position, reason: "unterminated \(what); close it with \(c)")
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
            if c == "\"" {
                if s.isEmpty { throw FilterError(position: position, reason: "empty quoted identifier \"\"") }
                return FilterToken(kind: .quotedIdentifier(s), position: position)
            }
            return FilterToken(kind: .string(s), position: position)
        }
        if Self.isDigit(c) || (c == "." && Self.isDigit(peek(1)))
            || (c == "-" && (Self.isDigit(peek(1)) || (peek(1) == "." && Self.isDigit(peek(2)))))
        {
            return try number(start)
        }
        let two = peek(1).map { String(c) + String($0) }
        if let two, ["<>", "!=", "<=", ">="].contains(two) {
            index += 2
            return FilterToken(kind: .symbol(two), position: position)
        }
        if "=<>(),.".unicodeScalars.contains(c) {
            index += 1
            return FilterToken(kind: .symbol(String(c)), position: position)
        }
        if "+-*/%|".unicodeScalars.contains(c) {
            throw FilterError(
                position: position,
                reason: "arithmetic ('\(c)') is not allowed in a row filter; compare a column with a constant")
        }
        if c == ";" {
            throw FilterError(position: position, reason: "';' is not allowed: a row filter is one condition")
        }
        throw FilterError(position: position, reason: "unexpected character '\(c)'")
    }

    private mutating func number(_ start: Int) throws(FilterError) -> FilterToken {
        if peek() == "-" { index += 1 }
        while Self.isDigit(peek()) { index += 1 }
        if peek() == ".", Self.isDigit(peek(1)) || index > start {
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
        if let c = peek(), Self.isIdentifierStart(c) {
            throw FilterError(position: index + 1, reason: "unexpected '\(c)' after the number \(text(start, index))")
        }
        return FilterToken(kind: .number(text(start, index)), position: start + 1)
    }

    private func text(_ from: Int, _ to: Int) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[from..<to])
        return String(view)
    }
}
