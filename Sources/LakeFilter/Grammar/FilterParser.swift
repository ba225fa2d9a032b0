/// Recursive-descent parser for Lake Formation's row-filter grammar (AWS-NOTES B1):
///
///     filter    := or
///     or        := and ( OR and )*
///     and       := not ( AND not )*
///     not       := NOT not | '(' or ')' | predicate
///     predicate := column ( op constant | [NOT] IN '(' constant (',' constant)* ')'
///                         | [NOT] BETWEEN constant AND constant | [NOT] LIKE string | IS [NOT] NULL )
///     column    := name ( '.' name )*        name := word | "quoted"
///     constant  := 'string' | number | TRUE | FALSE
///
/// Everything else (functions, column-to-column comparisons, arithmetic, NULL as a constant, constants
/// on the left) is an error naming its position, never a different meaning.
struct FilterParser {
    /// Lake Formation's API limit on a row filter expression.
    static let maxLength = 2048
    /// Parentheses and NOTs nest at most this deep: the parser, binder and evaluator recurse once per
    /// level, and 2,048 characters of `(` would otherwise reach stack depths a task's thread may not have.
    static let maxNesting = 64

    private let text: String
    private var tokens: [FilterToken] = []
    private var index = 0
    private var depth = 0

    init(_ text: String) { self.text = text }

    mutating func parse() throws(FilterError) -> FilterExpression {
        let length = text.unicodeScalars.count
        if length > Self.maxLength {
            throw FilterError(
                position: Self.maxLength + 1,
                reason: "the filter is \(length) characters; Lake Formation allows at most \(Self.maxLength)")
        }
        var lexer = FilterLexer(text)
        tokens = try lexer.tokens()
        if current.kind == .end { throw FilterError(position: 1, reason: "the filter is empty") }
        let expression = try parseOr()
        if current.kind != .end {
            if current.isSymbol(")") {
                throw FilterError(position: current.position, reason: "')' has no matching '('")
            }
            throw FilterError(
                position: current.position,
                reason: "expected AND, OR or the end of the filter, found \(describe(current))")
        }
        return expression
    }

    private var current: FilterToken { tokens[min(index, tokens.count - 1)] }
    private var following: FilterToken { tokens[min(index + 1, tokens.count - 1)] }
    private mutating func advance() { index += 1 }

    private mutating func parseOr() throws(FilterError) -> FilterExpression {
        var left = try parseAnd()
        while current.isKeyword("OR") {
            advance()
            left = .or(left, try parseAnd())
        }
        return left
    }

    private mutating func parseAnd() throws(FilterError) -> FilterExpression {
        var left = try parseNot()
        while current.isKeyword("AND") {
            advance()
            left = .and(left, try parseNot())
        }
        return left
    }

    private mutating func parseNot() throws(FilterError) -> FilterExpression {
        let nests = current.isKeyword("NOT") || current.isSymbol("(")
        if nests {
            depth += 1
            if depth > Self.maxNesting {
                throw FilterError(
                    position: current.position,
                    reason:
                        "parentheses and NOT nest more than \(Self.maxNesting) levels deep here; simplify the filter")
            }
        }
        defer { if nests { depth -= 1 } }
        if current.isKeyword("NOT") {
            advance()
            return .not(try parseNot())
        }
        if current.isSymbol("(") {
            let open = current.position
            advance()
            let inner = try parseOr()
            guard current.isSymbol(")") else {
                if current.kind == .end {
                    throw FilterError(position: open, reason: "'(' is never closed")
                }
                throw FilterError(position: current.position, reason: "expected ')', found \(describe(current))")
            }
            advance()
            return inner
        }
        return try parsePredicate()
    }

    private mutating func parseColumn() throws(FilterError) -> ColumnReference {
        let start = current.position
        var path: [String] = []
        while true {
            let token = current
            switch token.kind {
            case .quotedIdentifier(let name):
                path.append(name)
            case .word(let word):
                if following.isSymbol("(") {
                    throw FilterError(
                        position: token.position,
                        reason:
                            "functions are not allowed in a row filter ('\(word)(…)'); compare a column with a constant"
                    )
                }
                let upper = word.uppercased()
                if upper == "TRUE" || upper == "FALSE" || upper == "NULL" {
                    throw FilterError(
                        position: token.position,
                        reason: "a predicate starts with a column, not the constant \(upper); write the column first")
                }
                if FilterKeywords.reserved.contains(upper) {
                    throw FilterError(
                        position: token.position,
                        reason:
                            "'\(word)' is a reserved word; a column with that name must be double-quoted (\"\(word)\")")
                }
                path.append(word)
            case .string, .number:
                throw FilterError(
                    position: token.position,
                    reason:
                        "a predicate starts with a column, not the constant \(describe(token)); write the column first")
            default:
                throw FilterError(position: token.position, reason: "expected a column name, found \(describe(token))")
            }
            advance()
            guard current.isSymbol(".") else { return ColumnReference(path, position: start) }
            advance()
        }
    }

    private mutating func parsePredicate() throws(FilterError) -> FilterExpression {
        let column = try parseColumn()
        let token = current
        if case .symbol(let s) = token.kind {
            let op: ComparisonOperator? =
                switch s {
                case "=": .equal
                case "<>", "!=": .notEqual
                case "<": .less
                case "<=": .lessOrEqual
                case ">": .greater
                case ">=": .greaterOrEqual
                default: nil
                }
            if let op {
                advance()
                return .comparison(column, op, try parseConstant(after: "\(s)"))
            }
        }
        if token.isKeyword("IS") {
            advance()
            var negated = false
            if current.isKeyword("NOT") {
                negated = true
                advance()
            }
            guard current.isKeyword("NULL") else {
                throw FilterError(
                    position: current.position, reason: "expected NULL after IS, found \(describe(current))")
            }
            advance()
            return .isNull(column, negated: negated)
        }
        var negated = false
        if token.isKeyword("NOT") {
            negated = true
            advance()
            guard current.isKeyword("IN") || current.isKeyword("BETWEEN") || current.isKeyword("LIKE") else {
                throw FilterError(
                    position: current.position,
                    reason: "expected IN, BETWEEN or LIKE after NOT, found \(describe(current))")
            }
        }
        if current.isKeyword("IN") {
            advance()
            guard current.isSymbol("(") else {
                throw FilterError(
                    position: current.position, reason: "expected '(' after IN, found \(describe(current))")
            }
            advance()
            var items = [try parseConstant(after: "IN (")]
            while current.isSymbol(",") {
                advance()
                items.append(try parseConstant(after: ","))
            }
            guard current.isSymbol(")") else {
                throw FilterError(
                    position: current.position, reason: "expected ',' or ')' in the IN list, found \(describe(current))"
                )
            }
            advance()
            return .inList(column, items, negated: negated)
        }
        if current.isKeyword("BETWEEN") {
            advance()
            let low = try parseConstant(after: "BETWEEN")
            guard current.isKeyword("AND") else {
                throw FilterError(
                    position: current.position, reason: "expected AND in BETWEEN … AND …, found \(describe(current))")
            }
            advance()
            let high = try parseConstant(after: "AND")
            return .between(column, low, high, negated: negated)
        }
        if current.isKeyword("LIKE") {
            advance()
            let pattern = try parseConstant(after: "LIKE")
            guard case .string = pattern.kind else {
                throw FilterError(position: pattern.position, reason: "LIKE takes a string pattern in single quotes")
            }
            if current.isKeyword("ESCAPE") {
                throw FilterError(
                    position: current.position, reason: "LIKE … ESCAPE is not part of the row-filter grammar")
            }
            return .like(column, pattern, negated: negated)
        }
        if current.isSymbol("(") {
            throw FilterError(
                position: column.position,
                reason: "functions are not allowed in a row filter ('\(column)(…)'); compare a column with a constant")
        }
        throw FilterError(
            position: current.position,
            reason:
                "expected a comparison (= <> != < <= > >=), IN, BETWEEN, LIKE or IS after '\(column)', found \(describe(current))"
        )
    }

    private mutating func parseConstant(after what: String) throws(FilterError) -> FilterLiteral {
        let token = current
        switch token.kind {
        case .string(let s):
            advance()
            return FilterLiteral(.string(s), position: token.position)
        case .number(let n):
            advance()
            return FilterLiteral(.number(n), position: token.position)
        case .word(let w):
            switch w.uppercased() {
            case "TRUE":
                advance()
                return FilterLiteral(.boolean(true), position: token.position)
            case "FALSE":
                advance()
                return FilterLiteral(.boolean(false), position: token.position)
            case "NULL":
                throw FilterError(
                    position: token.position,
                    reason: "NULL is not a constant a column can equal; use IS NULL or IS NOT NULL")
            default:
                if following.isSymbol("(") {
                    throw FilterError(
                        position: token.position, reason: "functions are not allowed in a row filter ('\(w)(…)')")
                }
                throw FilterError(
                    position: token.position,
                    reason:
                        "column-to-column comparisons are not allowed ('\(w)'); compare with a constant, strings in single quotes"
                )
            }
        case .quotedIdentifier(let q):
            throw FilterError(
                position: token.position,
                reason: "column-to-column comparisons are not allowed (\"\(q)\"); string constants take single quotes")
        case .end:
            throw FilterError(
                position: token.position, reason: "expected a constant after \(what), found the end of the filter")
        case .symbol:
            throw FilterError(
                position: token.position, reason: "expected a constant after \(what), found \(describe(token))")
        }
    }

    private func describe(_ token: FilterToken) -> String {
        switch token.kind {
        case .word(let w): return "'\(w)'"
        case .quotedIdentifier(let q): return "\"\(q)\""
        case .string(let s): return "'\(s.doublingQuotes("'"))'"
        case .number(let n): return n
        case .symbol(let s): return "'\(s)'"
        case .end: return "the end of the filter"
        }
    }
}
