/// Checks and types expressions against a scope, as Athena would (no implicit conversion between text
/// and numbers, integer arithmetic in the operand type, exact decimals), and turns them into
/// `SQLCompiled` functions of a row.
///
/// After GROUP BY (`grouping` set) a column may only be read inside an aggregate or as part of an
/// expression that is a GROUP BY expression; aggregates get slots after the scope's columns.
struct SQLCompiler {
    var scope: SQLScope
    /// Keys of the GROUP BY expressions, when compiling expressions evaluated once per group.
    var grouping: Set<String>?
    /// Aggregates met so far (grouped compilation only), with their keys for reuse.
    var aggregates: [(key: String, aggregate: SQLAggregate)] = []
    /// Where aggregates are not allowed, the clause to name in the error.
    var clause = "WHERE"

    init(scope: SQLScope, grouping: Set<String>? = nil) {
        self.scope = scope
        self.grouping = grouping
    }

    mutating func compile(_ e: SQLExpression) throws -> SQLCompiled {
        if let grouping, grouping.contains(e.key) {
            self.grouping = nil
            defer { self.grouping = grouping }
            return try compile(e)
        }
        switch e {
        case .literal(let v, let t, _): return .literal(v, t)
        case .column(let path, let p):
            if grouping != nil {
                throw SQLError(
                    position: p,
                    reason:
                        "column '\(path.joined(separator: "."))' must appear in GROUP BY or inside an aggregate (count, sum, min, max, avg)"
                )
            }
            let slot = try scope.resolve(path, position: p)
            return SQLCompiled(type: scope.columns[slot].type, slot: slot) { row in row[slot] }
        case .negate(let a, let p):
            let x = try compile(a)
            let type = x.type
            switch type {
            case .tinyint, .smallint, .integer, .bigint:
                return SQLCompiled(type: type) { row in
                    guard case .integer(let i) = try x.evaluate(row) else { return .null }
                    guard i != Int64.min, type.integerRange.contains(-i) else {
                        throw SQLError.runtime("\(type) overflow: -(\(i))")
                    }
                    return .integer(-i)
                }
            case .double:
                return SQLCompiled(type: type) { row in
                    guard case .double(let d) = try x.evaluate(row) else { return .null }
                    return .double(-d)
                }
            case .decimal:
                return SQLCompiled(type: type) { row in
                    guard case .decimal(let d, let s) = try x.evaluate(row) else { return .null }
                    return .decimal(-d, scale: s)
                }
            case .unknown: return .literal(.null, .unknown)
            default: throw SQLError(position: p, reason: "'-' needs a number, found \(type)")
            }
        case .binary(let op, let a, let b, let p):
            let x = try compile(a)
            let y = try compile(b)
            if ["=", "<>", "<", "<=", ">", ">="].contains(op) { return try comparison(op, x, y, p) }
            if op == "||" {
                guard [.varchar, .unknown].contains(x.type), [.varchar, .unknown].contains(y.type) else {
                    throw SQLError(position: p, reason: "'||' joins varchar values, found \(x.type) || \(y.type)")
                }
                return SQLCompiled(type: .varchar) { row in
                    guard case .string(let s) = try x.evaluate(row), case .string(let t) = try y.evaluate(row) else {
                        return .null
                    }
                    return .string(s + t)
                }
            }
            return try SQLArithmetic.compile(op, x, y, position: p)
        case .and(let a, let b):
            let x = try boolean(a, "AND")
            let y = try boolean(b, "AND")
            return SQLCompiled(type: .boolean) { row in
                let l = try x.evaluate(row)
                if case .boolean(false) = l { return .boolean(false) }
                let r = try y.evaluate(row)
                if case .boolean(false) = r { return .boolean(false) }
                return l.isNull || r.isNull ? .null : .boolean(true)
            }
        case .or(let a, let b):
            let x = try boolean(a, "OR")
            let y = try boolean(b, "OR")
            return SQLCompiled(type: .boolean) { row in
                let l = try x.evaluate(row)
                if case .boolean(true) = l { return .boolean(true) }
                let r = try y.evaluate(row)
                if case .boolean(true) = r { return .boolean(true) }
                return l.isNull || r.isNull ? .null : .boolean(false)
            }
        case .not(let a, _):
            let x = try boolean(a, "NOT")
            return SQLCompiled(type: .boolean) { row in
                guard case .boolean(let v) = try x.evaluate(row) else { return .null }
                return .boolean(!v)
            }
        case .isNull(let a, let negated):
            let x = try compile(a)
            return SQLCompiled(type: .boolean) { row in .boolean(try x.evaluate(row).isNull != negated) }
        case .inList(let a, let items, let negated, let p):
            var x = try compile(a)
            var list: [SQLCompiled] = []
            for item in items { list.append(try compile(item)) }
            var type = x.type
            for item in list {
                guard let t = SQLType.common(type, item.type) else {
                    throw SQLError(
                        position: p, reason: "IN compares \(x.type) with \(item.type), which cannot be compared")
                }
                type = t
            }
            x = x.converted(to: type)
            list = list.map { $0.converted(to: type) }
            let literals = list.compactMap { $0.constant.flatMap { $0.isNull ? nil : $0 } }
            let constants = literals.count == list.count
            let set = constants ? Set(literals) : []
            let hasNaN = set.contains(.double(.nan))
            let values = list
            return SQLCompiled(type: .boolean) { row in
                let v = try x.evaluate(row)
                if v.isNull { return .null }
                if constants && !hasNaN { return .boolean(set.contains(v) != negated) }
                var unknown = false
                for item in values {
                    let w = try item.evaluate(row)
                    if w.isNull { unknown = true; continue }
                    if SQLCompare.compare(v, w) == 0 { return .boolean(!negated) }
                }
                return unknown ? .null : .boolean(negated)
            }
        case .between(let a, let low, let high, let negated, let p):
            let ge = try comparison(">=", try compile(a), try compile(low), p)
            let le = try comparison("<=", try compile(a), try compile(high), p)
            return SQLCompiled(type: .boolean) { row in
                let l = try ge.evaluate(row)
                let r = try le.evaluate(row)
                let both: SQLValue
                if case .boolean(false) = l {
                    both = .boolean(false)
                } else if case .boolean(false) = r {
                    both = .boolean(false)
                } else if l.isNull || r.isNull {
                    both = .null
                } else {
                    both = .boolean(true)
                }
                guard case .boolean(let v) = both else { return .null }
                return .boolean(v != negated)
            }
        case .like(let a, let pattern, let negated, let p):
            let x = try compile(a)
            let y = try compile(pattern)
            guard [.varchar, .unknown].contains(x.type), [.varchar, .unknown].contains(y.type) else {
                throw SQLError(position: p, reason: "LIKE needs varchar values, found \(x.type) LIKE \(y.type)")
            }
            if case .string(let text) = y.constant {
                let compiled = LikePattern(text)
                return SQLCompiled(type: .boolean) { row in
                    guard case .string(let s) = try x.evaluate(row) else { return .null }
                    return .boolean(compiled.matches(s) != negated)
                }
            }
            return SQLCompiled(type: .boolean) { row in
                guard case .string(let s) = try x.evaluate(row), case .string(let t) = try y.evaluate(row) else {
                    return .null
                }
                return .boolean(LikePattern(t).matches(s) != negated)
            }
        case .caseWhen(let operand, let whens, let otherwise, let p):
            var conditions: [SQLCompiled] = []
            for (w, _) in whens {
                if let operand {
                    conditions.append(try comparison("=", try compile(operand), try compile(w), w.position))
                } else {
                    conditions.append(try boolean(w, "WHEN"))
                }
            }
            var results: [SQLCompiled] = []
            for (_, t) in whens { results.append(try compile(t)) }
            var elseValue = try otherwise.map { try compile($0) } ?? .literal(.null, .unknown)
            var type = elseValue.type
            for r in results {
                guard let t = SQLType.common(type, r.type) else {
                    throw SQLError(
                        position: p, reason: "CASE results have types \(type) and \(r.type), which do not mix")
                }
                type = t
            }
            results = results.map { $0.converted(to: type) }
            elseValue = elseValue.converted(to: type)
            let conds = conditions
            let outs = results
            let fallback = elseValue
            return SQLCompiled(type: type) { row in
                for i in conds.indices {
                    if case .boolean(true) = try conds[i].evaluate(row) { return try outs[i].evaluate(row) }
                }
                return try fallback.evaluate(row)
            }
        case .cast(let a, let type, let p):
            let x = try compile(a)
            if case .other(let t) = x.type { throw SQLError(position: p, reason: "cannot CAST a \(t) value") }
            let from = x.type
            return SQLCompiled(type: type) { row in try SQLCast.convert(try x.evaluate(row), from: from, to: type) }
        case .call(let name, let args, let distinct, let star, let p):
            if SQLFunctions.aggregates.contains(name) {
                guard let grouping else {
                    throw SQLError(position: p, reason: "aggregate \(name)() is not allowed in \(clause)")
                }
                let key = e.key
                let base = scope.columns.count
                if let i = aggregates.firstIndex(where: { $0.key == key }) {
                    let slot = base + i
                    return SQLCompiled(type: aggregates[i].aggregate.type) { row in row[slot] }
                }
                self.grouping = nil
                let savedClause = clause
                clause = "an aggregate's argument"
                defer {
                    self.grouping = grouping
                    clause = savedClause
                }
                var compiled: [SQLCompiled] = []
                for a in args { compiled.append(try compile(a)) }
                let aggregate = try SQLAggregate.make(name, compiled, distinct: distinct, star: star, position: p)
                aggregates.append((key, aggregate))
                let slot = base + aggregates.count - 1
                return SQLCompiled(type: aggregate.type) { row in row[slot] }
            }
            var compiled: [SQLCompiled] = []
            for a in args { compiled.append(try compile(a)) }
            return try SQLScalarFunctions.compile(name, compiled, position: p)
        }
    }

    private mutating func boolean(_ e: SQLExpression, _ what: String) throws -> SQLCompiled {
        let x = try compile(e)
        guard x.type == .boolean || x.type == .unknown else {
            throw SQLError(position: e.position, reason: "\(what) needs a boolean condition, found \(x.type)")
        }
        return x
    }

    func comparison(_ op: String, _ a: SQLCompiled, _ b: SQLCompiled, _ p: Int) throws -> SQLCompiled {
        guard let type = SQLType.common(a.type, b.type), !{ if case .other = type { true } else { false } }() else {
            throw SQLError(position: p, reason: "cannot compare \(a.type) with \(b.type) ('\(op)')")
        }
        let x = a.converted(to: type)
        let y = b.converted(to: type)
        let test: (Int) -> Bool =
            switch op {
            case "=": { $0 == 0 }
            case "<>": { $0 != 0 }
            case "<": { $0 < 0 }
            case "<=": { $0 <= 0 }
            case ">": { $0 > 0 }
            default: { $0 >= 0 }
            }
        let notEqual = op == "<>"
        return SQLCompiled(type: .boolean) { row in
            let l = try x.evaluate(row)
            if l.isNull { return .null }
            let r = try y.evaluate(row)
            if r.isNull { return .null }
            guard let c = SQLCompare.compare(l, r) else { return .boolean(notEqual) }
            return .boolean(test(c))
        }
    }
}
