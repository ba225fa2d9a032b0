/// One lexical token of a row filter, with its 1-based character position.
struct FilterToken: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        /// A bare word: a column name or a keyword (keywords are matched case-insensitively by the parser).
        case word(String)
        /// A double-quoted identifier (`"group"`), `""` unescaped.
        case quotedIdentifier(String)
        /// A single-quoted string, `''` unescaped.
        case string(String)
        /// A number as written, with its sign when one was written directly before it.
        case number(String)
        case symbol(String)
        case end
    }

    var kind: Kind
    var position: Int

    /// The keyword this token spells (upper-cased), if it is a bare word.
    var keyword: String? {
        if case .word(let w) = kind { return w.uppercased() }
        return nil
    }

    func isKeyword(_ k: String) -> Bool { keyword == k }
    func isSymbol(_ s: String) -> Bool { kind == .symbol(s) }
}
