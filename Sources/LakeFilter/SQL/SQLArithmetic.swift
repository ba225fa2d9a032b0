/// `+ - * / %` with Athena's result types: integers in the wider operand type (overflow an error, not a
/// wrap; division truncates), decimals exact with Trino's precision and scale rules, anything with a
/// double in double.
enum SQLArithmetic {
    static func compile(_ op: String, _ x: SQLCompiled, _ y: SQLCompiled, position p: Int) throws -> SQLCompiled {
        if x.type == .unknown || y.type == .unknown {
            let other = x.type == .unknown ? y.type : x.type
            guard other.isNumeric || other == .unknown else {
                throw SQLError(position: p, reason: "'\(op)' needs numbers, found \(x.type) \(op) \(y.type)")
            }
            return .literal(.null, other)
        }
        guard x.type.isNumeric, y.type.isNumeric else {
            throw SQLError(position: p, reason: "'\(op)' needs numbers, found \(x.type) \(op) \(y.type)")
        }
        if x.type.isInteger && y.type.isInteger { return integer(op, x, y) }
        if x.type == .double || y.type == .double {
            return double(op, x.converted(to: .double), y.converted(to: .double))
        }
        return try decimal(op, x, y, position: p)
    }

    private static func integer(_ op: String, _ x: SQLCompiled, _ y: SQLCompiled) -> SQLCompiled {
        let type = SQLType.common(x.type, y.type) ?? .bigint
        let range = type.integerRange
        return SQLCompiled(type: type) { row in
            guard case .integer(let a) = try x.evaluate(row), case .integer(let b) = try y.evaluate(row) else {
                return .null
            }
            let r: (Int64, Bool)
            switch op {
            case "+": r = a.addingReportingOverflow(b)
            case "-": r = a.subtractingReportingOverflow(b)
            case "*": r = a.multipliedReportingOverflow(by: b)
            case "/":
                if b == 0 { throw SQLError.runtime("division by zero") }
                r = a.dividedReportingOverflow(by: b)
            default:
                if b == 0 { throw SQLError.runtime("division by zero") }
                r = a.remainderReportingOverflow(dividingBy: b)
            }
            guard !r.1, range.contains(r.0) else { throw SQLError.runtime("\(type) overflow: \(a) \(op) \(b)") }
            return .integer(r.0)
        }
    }

    private static func double(_ op: String, _ x: SQLCompiled, _ y: SQLCompiled) -> SQLCompiled {
        SQLCompiled(type: .double) { row in
            guard case .double(let a) = try x.evaluate(row), case .double(let b) = try y.evaluate(row) else {
                return .null
            }
            switch op {
            case "+": return .double(a + b)
            case "-": return .double(a - b)
            case "*": return .double(a * b)
            case "/": return .double(a / b)
            default: return .double(a.truncatingRemainder(dividingBy: b))
            }
        }
    }

    private static func decimal(_ op: String, _ x: SQLCompiled, _ y: SQLCompiled, position p: Int) throws
        -> SQLCompiled
    {
        guard let (p1, s1) = x.type.asDecimal, let (p2, s2) = y.type.asDecimal else {
            throw SQLError(position: p, reason: "'\(op)' cannot mix \(x.type) and \(y.type)")
        }
        let xd = x.converted(to: .decimal(precision: p1, scale: s1))
        let yd = y.converted(to: .decimal(precision: p2, scale: s2))
        let scale: Int
        let precision: Int
        switch op {
        case "+", "-":
            scale = max(s1, s2)
            precision = min(38, 1 + scale + max(p1 - s1, p2 - s2))
        case "*":
            scale = s1 + s2
            precision = min(38, p1 + p2)
            if scale > 38 { throw SQLError(position: p, reason: "decimal product scale \(scale) exceeds 38") }
        case "/":
            scale = max(s1, s2)
            precision = min(38, p1 - s1 + s2 + scale)
        default:
            scale = max(s1, s2)
            precision = min(38, min(p1 - s1, p2 - s2) + scale)
        }
        return SQLCompiled(type: .decimal(precision: precision, scale: scale)) { row in
            guard case .decimal(let a, _) = try xd.evaluate(row), case .decimal(let b, _) = try yd.evaluate(row) else {
                return .null
            }
            switch op {
            case "+", "-":
                let l = try SQLDecimal.rescale(a, from: s1, to: scale)
                let r = try SQLDecimal.rescale(b, from: s2, to: scale)
                return .decimal(try SQLDecimal.sum(l, op == "+" ? r : -r), scale: scale)
            case "*":
                let (m, o) = a.multipliedReportingOverflow(by: b)
                if o { throw SQLDecimal.overflow() }
                return .decimal(try SQLDecimal.checked(m), scale: scale)
            case "/":
                if b == 0 { throw SQLError.runtime("division by zero") }
                let (n, o) = a.multipliedReportingOverflow(by: SQLDecimal.power(scale + s2 - s1))
                if o { throw SQLDecimal.overflow() }
                return .decimal(try SQLDecimal.checked(SQLDecimal.divideRounding(n, b)), scale: scale)
            default:
                if b == 0 { throw SQLError.runtime("division by zero") }
                let l = try SQLDecimal.rescale(a, from: s1, to: scale)
                let r = try SQLDecimal.rescale(b, from: s2, to: scale)
                return .decimal(l % r, scale: scale)
            }
        }
    }
}
