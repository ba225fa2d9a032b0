/// Recursive-descent parser for the local SQL dialect (PRODUCT.md "Local SQL and previews"):
///
///     query  := SELECT item (',' item)* FROM table join* [WHERE e] [GROUP BY e (',' e)*] [HAVING e]
///               [ORDER BY e [ASC|DESC] [NULLS FIRST|LAST] (',' …)*] [LIMIT n] [';']
///     join   := [INNER] JOIN table ON e | LEFT [OUTER] JOIN table ON e
///     e      := or;  or := and (OR and)*;  and := not (AND not)*;  not := NOT not | predicate
///     predicate := concat [cmp concat | IS [NOT] NULL | [NOT] IN (…) | [NOT] BETWEEN … AND … | [NOT] LIKE …]
///     concat := sum ('||' sum)*;  sum := product (('+'|'-') product)*;  product := unary (('*'|'/'|'%') unary)*
///
/// Constructs outside the dialect (subqueries, RIGHT/FULL/CROSS joins, UNION, WITH, DISTINCT, OFFSET,
/// window functions, unknown functions) are errors naming the construct and its position.
struct SQLParser {
    private var tokens: [SQLToken] = []
    private var index = 0
    private var depth = 0
    private static let maxDepth = 200

    init(_ text: String) throws {
        var lexer = SQLLexer(text)
        tokens = try lexer.tokens()
    }

    static func parse(_ text: String) throws -> SQLQuery {
        var p = try SQLParser(text)
        return try p.query()
    }

    private var current: SQLToken { tokens[min(index, tokens.count - 1)] }
    private var following: SQLToken { tokens[min(index + 1, tokens.count - 1)] }
    private mutating func advance() { index += 1 }

    private func fail(_ t: SQLToken, _ reason: String) -> SQLError { SQLError(position: t.position, reason: reason) }

    private mutating func expect(_ keyword: String, _ context: String) throws {
        guard current.isKeyword(keyword) else {
            throw fail(current, "expected \(keyword) \(context), found \(current.text)")
        }
        advance()
    }

    private mutating func expectSymbol(_ s: String, _ context: String) throws {
        guard current.isSymbol(s) else { throw fail(current, "expected '\(s)' \(context), found \(current.text)") }
        advance()
    }

    private static let unsupportedStatements: [String: String] = [
        "WITH": "WITH (common table expressions)", "INSERT": "INSERT", "UPDATE": "UPDATE", "DELETE": "DELETE",
        "CREATE": "CREATE", "DROP": "DROP", "VALUES": "VALUES",
    ]

    mutating func query() throws -> SQLQuery {
        if let k = current.keyword, let what = Self.unsupportedStatements[k] {
            throw fail(current, "\(what) is not part of the local SQL dialect; write one SELECT")
        }
        try expect("SELECT", "at the start of the query")
        if current.isKeyword("DISTINCT") || current.isKeyword("ALL") {
            throw fail(current, "SELECT \(current.keyword ?? "") is not part of the local SQL dialect; use GROUP BY")
        }
        var items = [try item()]
        while current.isSymbol(",") {
            advance()
            items.append(try item())
        }
        try expect("FROM", "after the SELECT list")
        let from = try table()
        var joins: [SQLQuery.Join] = []
        while true {
            let t = current
            if t.isSymbol(",") { throw fail(t, "comma joins are not part of the local SQL dialect; use JOIN … ON") }
            if let k = t.keyword, ["RIGHT", "FULL", "CROSS", "NATURAL"].contains(k) {
                throw fail(t, "\(k) JOIN is not part of the local SQL dialect; use [INNER] JOIN or LEFT JOIN")
            }
            var left = false
            if t.isKeyword("LEFT") {
                left = true
                advance()
                if current.isKeyword("OUTER") { advance() }
                try expect("JOIN", "after LEFT")
            } else if t.isKeyword("INNER") {
                advance()
                try expect("JOIN", "after INNER")
            } else if t.isKeyword("JOIN") {
                advance()
            } else {
                break
            }
            let table = try table()
            if current.isKeyword("USING") { throw fail(current, "JOIN … USING is not supported; write ON a.x = b.x") }
            try expect("ON", "after the joined table")
            joins.append(SQLQuery.Join(left: left, table: table, condition: try expression()))
        }
        var filter: SQLExpression?
        if current.isKeyword("WHERE") {
            advance()
            filter = try expression()
        }
        var groupBy: [SQLExpression] = []
        if current.isKeyword("GROUP") {
            advance()
            try expect("BY", "after GROUP")
            groupBy.append(try expression())
            while current.isSymbol(",") {
                advance()
                groupBy.append(try expression())
            }
        }
        var having: SQLExpression?
        if current.isKeyword("HAVING") {
            advance()
            having = try expression()
        }
        var orderBy: [SQLQuery.OrderItem] = []
        if current.isKeyword("ORDER") {
            advance()
            try expect("BY", "after ORDER")
            repeat {
                if current.isSymbol(",") { advance() }
                let e = try expression()
                var descending = false
                if current.isKeyword("ASC") {
                    advance()
                } else if current.isKeyword("DESC") {
                    descending = true
                    advance()
                }
                var nullsFirst = false
                if current.isKeyword("NULLS") {
                    advance()
                    if current.isKeyword("FIRST") {
                        nullsFirst = true
                    } else if !current.isKeyword("LAST") {
                        throw fail(current, "expected FIRST or LAST after NULLS, found \(current.text)")
                    }
                    advance()
                }
                orderBy.append(SQLQuery.OrderItem(expression: e, descending: descending, nullsFirst: nullsFirst))
            } while current.isSymbol(",")
        }
        var limit: Int?
        if current.isKeyword("LIMIT") {
            advance()
            guard case .number(let n) = current.kind, let v = Int(n), v >= 0 else {
                throw fail(current, "LIMIT takes a whole number of rows, found \(current.text)")
            }
            limit = v
            advance()
        }
        if current.isSymbol(";") { advance() }
        if current.kind != .end {
            if let k = current.keyword, ["UNION", "INTERSECT", "EXCEPT"].contains(k) {
                throw fail(current, "\(k) is not part of the local SQL dialect")
            }
            if current.isKeyword("OFFSET") { throw fail(current, "OFFSET is not part of the local SQL dialect") }
            if current.isKeyword("WINDOW") || current.isKeyword("OVER") {
                throw fail(current, "window functions are not part of the local SQL dialect")
            }
            throw fail(current, "expected the end of the query, found \(current.text)")
        }
        return SQLQuery(
            items: items, from: from, joins: joins, filter: filter, groupBy: groupBy, having: having,
            orderBy: orderBy, limit: limit)
    }

    private mutating func identifier(_ context: String) throws -> String {
        switch current.kind {
        case .word(let w):
            advance()
            return w
        case .quotedIdentifier(let q):
            advance()
            return q
        default: throw fail(current, "expected \(context), found \(current.text)")
        }
    }

    private static let clauseWords: Set<String> = [
        "FROM", "WHERE", "GROUP", "HAVING", "ORDER", "LIMIT", "JOIN", "LEFT", "INNER", "RIGHT", "FULL", "CROSS",
        "ON", "UNION", "OFFSET", "NATURAL", "USING", "INTERSECT", "EXCEPT", "WINDOW",
    ]

    private mutating func alias() throws -> String? {
        if current.isKeyword("AS") {
            advance()
            return try identifier("an alias after AS")
        }
        if case .quotedIdentifier(let q) = current.kind {
            advance()
            return q
        }
        if case .word(let w) = current.kind, !Self.clauseWords.contains(w.uppercased()) {
            advance()
            return w
        }
        return nil
    }

    private mutating func table() throws -> SQLQuery.TableReference {
        let t = current
        if t.isSymbol("(") { throw fail(t, "subqueries are not part of the local SQL dialect") }
        var name = try identifier("a table name (bound with --data NAME=PATH)")
        if current.isSymbol(".") {
            // `database.table`: a catalog table, which `query --local` reads from its location when no
            // --data binds it. Columns qualify it by its table part (or its alias), as in Athena.
            advance()
            name += "." + (try identifier("a table name after '\(name).'"))
        }
        return SQLQuery.TableReference(name: name, alias: try alias(), position: t.position)
    }

    private mutating func item() throws -> SQLQuery.Item {
        let t = current
        if t.isSymbol("*") {
            advance()
            return SQLQuery.Item(expression: nil, alias: nil, starQualifier: nil, position: t.position)
        }
        if following.isSymbol("."), tokens[min(index + 2, tokens.count - 1)].isSymbol("*") {
            let q = try identifier("a table name")
            advance()
            advance()
            return SQLQuery.Item(expression: nil, alias: nil, starQualifier: q, position: t.position)
        }
        let e = try expression()
        return SQLQuery.Item(expression: e, alias: try alias(), starQualifier: nil, position: t.position)
    }

    mutating func expression() throws -> SQLExpression {
        depth += 1
        defer { depth -= 1 }
        if depth > Self.maxDepth { throw fail(current, "the expression nests too deeply") }
        return try or()
    }

    private mutating func or() throws -> SQLExpression {
        var left = try and()
        while current.isKeyword("OR") {
            advance()
            left = .or(left, try and())
        }
        return left
    }

    private mutating func and() throws -> SQLExpression {
        var left = try not()
        while current.isKeyword("AND") {
            advance()
            left = .and(left, try not())
        }
        return left
    }

    private mutating func not() throws -> SQLExpression {
        if current.isKeyword("NOT") {
            let p = current.position
            advance()
            depth += 1
            defer { depth -= 1 }
            if depth > Self.maxDepth { throw fail(current, "the expression nests too deeply") }
            return .not(try not(), position: p)
        }
        return try predicate()
    }

    private mutating func predicate() throws -> SQLExpression {
        let left = try concat()
        let t = current
        if case .symbol(let s) = t.kind, ["=", "<>", "!=", "<", "<=", ">", ">="].contains(s) {
            advance()
            return .binary(s == "!=" ? "<>" : s, left, try concat(), position: t.position)
        }
        if t.isKeyword("IS") {
            advance()
            var negated = false
            if current.isKeyword("NOT") {
                negated = true
                advance()
            }
            if current.isKeyword("DISTINCT") { throw fail(current, "IS [NOT] DISTINCT FROM is not supported") }
            try expect("NULL", "after IS")
            return .isNull(left, negated: negated)
        }
        var negated = false
        if t.isKeyword("NOT"), let k = following.keyword, ["IN", "BETWEEN", "LIKE"].contains(k) {
            negated = true
            advance()
        }
        let op = current
        if op.isKeyword("IN") {
            advance()
            try expectSymbol("(", "after IN")
            if current.isKeyword("SELECT") { throw fail(current, "subqueries are not part of the local SQL dialect") }
            var items = [try expression()]
            while current.isSymbol(",") {
                advance()
                items.append(try expression())
            }
            try expectSymbol(")", "to close the IN list")
            return .inList(left, items, negated: negated, position: op.position)
        }
        if op.isKeyword("BETWEEN") {
            advance()
            let low = try concat()
            try expect("AND", "in BETWEEN … AND …")
            return .between(left, low, try concat(), negated: negated, position: op.position)
        }
        if op.isKeyword("LIKE") {
            advance()
            let pattern = try concat()
            if current.isKeyword("ESCAPE") { throw fail(current, "LIKE … ESCAPE is not supported") }
            return .like(left, pattern, negated: negated, position: op.position)
        }
        return left
    }

    private mutating func concat() throws -> SQLExpression {
        var left = try sum()
        while current.isSymbol("||") {
            let p = current.position
            advance()
            left = .binary("||", left, try sum(), position: p)
        }
        return left
    }

    private mutating func sum() throws -> SQLExpression {
        var left = try product()
        while current.isSymbol("+") || current.isSymbol("-") {
            let t = current
            advance()
            left = .binary(t.isSymbol("+") ? "+" : "-", left, try product(), position: t.position)
        }
        return left
    }

    private mutating func product() throws -> SQLExpression {
        var left = try unary()
        while let s = ["*", "/", "%"].first(where: { current.isSymbol($0) }) {
            let p = current.position
            advance()
            left = .binary(s, left, try unary(), position: p)
        }
        return left
    }

    private mutating func unary() throws -> SQLExpression {
        let t = current
        if t.isSymbol("-") || t.isSymbol("+") {
            advance()
            depth += 1
            defer { depth -= 1 }
            if depth > Self.maxDepth { throw fail(current, "the expression nests too deeply") }
            if t.isSymbol("+") { return try unary() }
            if case .number(let n) = current.kind {
                let p = current.position
                advance()
                return try Self.number("-" + n, position: t.position, at: p)
            }
            return .negate(try unary(), position: t.position)
        }
        return try primary()
    }

    /// Athena's literal types: a whole number is integer when it fits, else bigint; digits with a point
    /// are decimal(p,s); an exponent makes a double.
    static func number(_ text: String, position: Int, at: Int? = nil) throws -> SQLExpression {
        if text.contains("e") || text.contains("E") {
            guard let d = Double(text) else { throw SQLError(position: at ?? position, reason: "bad number \(text)") }
            return .literal(.double(d), .double, position: position)
        }
        if !text.contains(".") {
            if let i = Int64(text) {
                let type: SQLType = SQLType.integer.integerRange.contains(i) ? .integer : .bigint
                return .literal(.integer(i), type, position: position)
            }
        }
        let scale = SQLDecimal.scale(of: text)
        let digits = text.filter(\.isNumber).drop { $0 == "0" }.count
        let precision = max(digits, scale, 1)
        guard precision <= 38, let v = SQLDecimal.parse(text, scale: scale) else {
            throw SQLError(position: at ?? position, reason: "the number \(text) has more than 38 digits")
        }
        return .literal(.decimal(v, scale: scale), .decimal(precision: precision, scale: scale), position: position)
    }

    private mutating func primary() throws -> SQLExpression {
        let t = current
        switch t.kind {
        case .number(let n):
            advance()
            return try Self.number(n, position: t.position)
        case .string(let s):
            advance()
            return .literal(.string(s), .varchar, position: t.position)
        case .quotedIdentifier:
            return try columnReference()
        case .symbol("("):
            advance()
            if current.isKeyword("SELECT") { throw fail(current, "subqueries are not part of the local SQL dialect") }
            let e = try expression()
            try expectSymbol(")", "to close '(' at position \(t.position)")
            return e
        case .word(let w):
            let upper = w.uppercased()
            switch upper {
            case "NULL":
                advance()
                return .literal(.null, .unknown, position: t.position)
            case "TRUE", "FALSE":
                advance()
                return .literal(.boolean(upper == "TRUE"), .boolean, position: t.position)
            case "DATE", "TIMESTAMP":
                if case .string(let s) = following.kind {
                    advance()
                    advance()
                    if upper == "DATE" {
                        guard let d = SQLCalendar.parseDate(s) else {
                            throw fail(t, "'\(s)' is not a date (YYYY-MM-DD)")
                        }
                        return .literal(.date(d), .date, position: t.position)
                    }
                    guard let ts = SQLCalendar.parseTimestamp(s) else {
                        throw fail(t, "'\(s)' is not a timestamp (YYYY-MM-DD HH:MM:SS[.fff])")
                    }
                    return .literal(.timestamp(ts), .timestamp, position: t.position)
                }
            case "INTERVAL":
                throw fail(t, "INTERVAL is not part of the local SQL dialect")
            case "EXISTS":
                throw fail(t, "subqueries (EXISTS) are not part of the local SQL dialect")
            case "CASE":
                return try caseExpression()
            case "CAST", "TRY_CAST":
                if upper == "TRY_CAST" { throw fail(t, "TRY_CAST is not part of the local SQL dialect; use CAST") }
                advance()
                try expectSymbol("(", "after CAST")
                let e = try expression()
                try expect("AS", "in CAST(… AS type)")
                let type = try typeName()
                try expectSymbol(")", "to close CAST")
                return .cast(e, type, position: t.position)
            default: break
            }
            if following.isSymbol("(") { return try call() }
            return try columnReference()
        default:
            throw fail(t, "expected an expression, found \(t.text)")
        }
    }

    private mutating func columnReference() throws -> SQLExpression {
        let p = current.position
        var path = [try identifier("a column name")]
        while current.isSymbol(".") {
            advance()
            path.append(try identifier("a column name after '.'"))
        }
        return .column(path, position: p)
    }

    private mutating func call() throws -> SQLExpression {
        let t = current
        let name = try identifier("a function name").lowercased()
        guard SQLFunctions.all.contains(name) else {
            throw fail(
                t,
                "the function \(name)() is not part of the local SQL dialect (functions: \(SQLFunctions.all.sorted().joined(separator: ", ")))"
            )
        }
        advance()
        var distinct = false
        if current.isKeyword("DISTINCT") {
            guard name == "count" else { throw fail(current, "DISTINCT is supported in count(DISTINCT …) only") }
            distinct = true
            advance()
        }
        if current.isSymbol("*") {
            guard name == "count", !distinct else { throw fail(current, "only count(*) takes '*'") }
            advance()
            try expectSymbol(")", "after count(*")
            return .call(name, [], distinct: false, star: true, position: t.position)
        }
        var args: [SQLExpression] = []
        if !current.isSymbol(")") {
            args.append(try expression())
            while current.isSymbol(",") {
                advance()
                args.append(try expression())
            }
        }
        try expectSymbol(")", "to close \(name)(")
        if current.isKeyword("OVER") { throw fail(current, "window functions are not part of the local SQL dialect") }
        if current.isKeyword("FILTER") { throw fail(current, "aggregate FILTER is not part of the local SQL dialect") }
        return .call(name, args, distinct: distinct, star: false, position: t.position)
    }

    private mutating func caseExpression() throws -> SQLExpression {
        let p = current.position
        advance()
        var operand: SQLExpression?
        if !current.isKeyword("WHEN") { operand = try expression() }
        var whens: [(SQLExpression, SQLExpression)] = []
        while current.isKeyword("WHEN") {
            advance()
            let w = try expression()
            try expect("THEN", "after WHEN …")
            whens.append((w, try expression()))
        }
        if whens.isEmpty { throw fail(current, "CASE needs at least one WHEN … THEN …") }
        var otherwise: SQLExpression?
        if current.isKeyword("ELSE") {
            advance()
            otherwise = try expression()
        }
        try expect("END", "to close CASE")
        return .caseWhen(operand: operand, whens, otherwise: otherwise, position: p)
    }

    private mutating func typeName() throws -> SQLType {
        let t = current
        let name = try identifier("a type name").lowercased()
        switch name {
        case "boolean": return .boolean
        case "tinyint": return .tinyint
        case "smallint": return .smallint
        case "integer", "int": return .integer
        case "bigint": return .bigint
        case "double": return .double
        case "date": return .date
        case "timestamp": return .timestamp
        case "varchar", "string":
            if current.isSymbol("(") {
                advance()
                guard case .number = current.kind else { throw fail(current, "expected a length in varchar(n)") }
                advance()
                try expectSymbol(")", "to close varchar(n)")
            }
            return .varchar
        case "decimal":
            var p = 38
            var s = 0
            if current.isSymbol("(") {
                advance()
                guard case .number(let a) = current.kind, let pa = Int(a), (1...38).contains(pa) else {
                    throw fail(current, "decimal precision must be 1 to 38")
                }
                p = pa
                advance()
                if current.isSymbol(",") {
                    advance()
                    guard case .number(let b) = current.kind, let sb = Int(b), sb <= p else {
                        throw fail(current, "decimal scale must be 0 to the precision")
                    }
                    s = sb
                    advance()
                }
                try expectSymbol(")", "to close decimal(p, s)")
            }
            return .decimal(precision: p, scale: s)
        default:
            throw fail(
                t,
                "CAST to \(name) is not part of the local SQL dialect (types: boolean, tinyint, smallint, integer, bigint, double, decimal(p,s), varchar, date, timestamp)"
            )
        }
    }
}
