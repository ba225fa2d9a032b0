/// One lexical token of a local SQL query, with its 1-based character position.
struct SQLToken: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case word(String)
        case quotedIdentifier(String)
        case string(String)
        case number(String)
        case symbol(String)
        case end
    }

    var kind: Kind
    var position: Int

    var keyword: String? {
        if case .word(let w) = kind { return w.uppercased() }
        return nil
    }

    func isKeyword(_ k: String) -> Bool { keyword == k }
    func isSymbol(_ s: String) -> Bool { kind == .symbol(s) }

    var text: String {
        switch kind {
        case .word(let w): "'\(w)'"
        case .quotedIdentifier(let q): "\"\(q)\""
        case .string(let s): "'\(s)'"
        case .number(let n): n
        case .symbol(let s): "'\(s)'"
        case .end: "the end of the query"
        }
    }
}
