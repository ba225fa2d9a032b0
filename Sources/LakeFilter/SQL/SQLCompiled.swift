/// An expression checked against a scope and typed: its Athena result type and the function computing
/// it from a row (the scope's slots, then — after GROUP BY — the group's aggregate results).
struct SQLCompiled {
    var type: SQLType
    var evaluate: ([SQLValue]) throws -> SQLValue
    /// The value when the expression reads no row (literals), so operators can specialise on it.
    var constant: SQLValue?
    /// The row slot when the expression is a plain column read, so hot loops (grouping, aggregates,
    /// join keys) index the row instead of calling `evaluate`.
    var slot: Int?

    init(
        type: SQLType, constant: SQLValue? = nil, slot: Int? = nil,
        evaluate: @escaping ([SQLValue]) throws -> SQLValue
    ) {
        self.type = type
        self.constant = constant
        self.slot = slot
        self.evaluate = evaluate
    }

    /// The value for `row`: the slot read directly for a plain column, `evaluate` otherwise.
    @inline(__always)
    func value(_ row: [SQLValue]) throws -> SQLValue {
        if let slot { return row[slot] }
        return try evaluate(row)
    }

    static func literal(_ v: SQLValue, _ t: SQLType) -> SQLCompiled {
        SQLCompiled(type: t, constant: v) { _ in v }
    }

    /// This expression implicitly converted to `type`.
    func converted(to type: SQLType) -> SQLCompiled {
        if self.type == type || self.type == .unknown {
            return SQLCompiled(type: type, constant: constant, slot: slot, evaluate: evaluate)
        }
        let from = self.type
        let f = evaluate
        if let constant, let v = try? SQLCast.convert(constant, from: from, to: type) { return .literal(v, type) }
        return SQLCompiled(type: type) { row in try SQLCast.convert(try f(row), from: from, to: type) }
    }
}
