import LakeCodec

/// Checks a parsed filter against a schema, as Lake Formation does when a data cells filter is created:
/// the column must exist and be of a supported type (strings, numbers, booleans and fields of structs;
/// not arrays, maps, dates, timestamps or binary — AWS-NOTES B1), the constant must have the column's
/// type, and `IS NULL` may not name a partition column.
package struct FilterBinder: Sendable {
    package var schema: FilterSchema
    /// Whether date and timestamp columns may be compared with `'YYYY-MM-DD[ HH:MM:SS[.fff]]'` strings.
    /// Lake Formation refuses them in a row filter, so only local reading (`cat --where`) allows them.
    package var allowsDatesAndTimestamps: Bool

    package init(schema: FilterSchema, allowsDatesAndTimestamps: Bool = false) {
        self.schema = schema
        self.allowsDatesAndTimestamps = allowsDatesAndTimestamps
    }

    package func bind(_ expression: FilterExpression) throws(FilterError) -> BoundFilter {
        var columns: [BoundColumn] = []
        let predicate = try bind(expression, &columns)
        return BoundFilter(predicate: predicate, columns: columns, expression: expression)
    }

    private func bind(_ e: FilterExpression, _ columns: inout [BoundColumn]) throws(FilterError) -> BoundPredicate {
        switch e {
        case .and(let a, let b): return .and(try bind(a, &columns), try bind(b, &columns))
        case .or(let a, let b): return .or(try bind(a, &columns), try bind(b, &columns))
        case .not(let a): return .not(try bind(a, &columns))
        case .comparison(let c, let op, let v):
            let (i, column) = try resolve(c, &columns)
            return .comparison(column: i, op, try constant(v, for: column))
        case .inList(let c, let items, let negated):
            let (i, column) = try resolve(c, &columns)
            var bound: [BoundConstant] = []
            for item in items { bound.append(try constant(item, for: column)) }
            let p = BoundPredicate.inList(column: i, bound)
            return negated ? .not(p) : p
        case .between(let c, let low, let high, let negated):
            let (i, column) = try resolve(c, &columns)
            let p = BoundPredicate.between(
                column: i, low: try constant(low, for: column), high: try constant(high, for: column))
            return negated ? .not(p) : p
        case .like(let c, let pattern, let negated):
            let (i, column) = try resolve(c, &columns)
            guard column.storage == .string, case .string(let text) = pattern.kind else {
                throw FilterError(
                    position: c.position,
                    reason: "LIKE needs a string column; '\(column.dottedName)' is \(column.type)")
            }
            let p = BoundPredicate.like(column: i, LikePattern(text))
            return negated ? .not(p) : p
        case .isNull(let c, let negated):
            let (i, column) = try resolve(c, &columns)
            if column.isPartition {
                throw FilterError(
                    position: c.position,
                    reason:
                        "IS \(negated ? "NOT " : "")NULL is not allowed on the partition column '\(column.dottedName)' (Lake Formation rejects it)"
                )
            }
            return negated ? .not(.isNull(column: i)) : .isNull(column: i)
        }
    }

    /// Finds the column a reference names (top-level field, then struct fields), and its slot.
    private func resolve(_ ref: ColumnReference, _ columns: inout [BoundColumn]) throws(FilterError) -> (
        Int, BoundColumn
    ) {
        guard let top = schema.field(named: ref.path[0]) else {
            let known = schema.fields.map(\.name).joined(separator: ", ")
            throw FilterError(
                position: ref.position, reason: "no column '\(ref.path[0])' in the table (columns: \(known))")
        }
        var path = [top.field.name]
        var type = top.field.type
        let isPartition = schema.isPartition(top.field.name)
        if isPartition && ref.path.count > 1 {
            throw FilterError(
                position: ref.position,
                reason: "'\(ref)' refers to a nested field under the partition column '\(top.field.name)'")
        }
        for part in ref.path.dropFirst() {
            guard case .structure(let fields) = type else {
                throw FilterError(
                    position: ref.position,
                    reason: "'\(path.joined(separator: "."))' is \(type), not a struct; it has no field '\(part)'")
            }
            guard let field = fields.first(where: { $0.name.lowercased() == part.lowercased() }) else {
                let known = fields.map(\.name).joined(separator: ", ")
                throw FilterError(
                    position: ref.position,
                    reason: "struct '\(path.joined(separator: "."))' has no field '\(part)' (fields: \(known))")
            }
            path.append(field.name)
            type = field.type
        }
        let name = path.joined(separator: ".")
        let storage: BoundColumn.Storage
        switch type {
        case .tinyint, .smallint, .int, .bigint: storage = .integer
        case .float: storage = .float
        case .double: storage = .double
        case .decimal: storage = .decimal
        case .string: storage = .string
        case .boolean: storage = .boolean
        case .array, .map:
            throw FilterError(
                position: ref.position,
                reason: "'\(name)' is \(type); Lake Formation row filters do not support array or map columns")
        case .structure:
            throw FilterError(
                position: ref.position, reason: "'\(name)' is a struct; compare one of its fields (\(name).<field>)")
        case .date where allowsDatesAndTimestamps: storage = .date
        case .timestamp where allowsDatesAndTimestamps: storage = .timestamp
        case .date, .timestamp, .binary:
            throw FilterError(
                position: ref.position,
                reason:
                    "'\(name)' is \(type); Lake Formation row filters support string, numeric, boolean and struct-field columns only"
            )
        }
        let column = BoundColumn(path: path, type: type, storage: storage, isPartition: isPartition)
        if let i = columns.firstIndex(of: column) { return (i, column) }
        columns.append(column)
        return (columns.count - 1, column)
    }

    /// The constant as a value of the column's type, or an error naming column, type and position.
    private func constant(_ literal: FilterLiteral, for column: BoundColumn) throws(FilterError) -> BoundConstant {
        let mismatch = FilterError(
            position: literal.position,
            reason: "\(literal) is not a constant of type \(column.type), the type of column '\(column.dottedName)'")
        switch (column.storage, literal.kind) {
        case (.integer, .number(let text)):
            guard let v = Int64(text) else {
                throw FilterError(
                    position: literal.position,
                    reason:
                        "\(text) is not a whole number in the range of \(column.type), the type of column '\(column.dottedName)'"
                )
            }
            guard Self.range(of: column.type).contains(v) else {
                throw FilterError(
                    position: literal.position,
                    reason: "\(text) is out of range for \(column.type), the type of column '\(column.dottedName)'")
            }
            return .integer(v)
        case (.float, .number(let text)):
            guard let v = Float(text) else { throw mismatch }
            return .double(Double(v))
        case (.double, .number(let text)):
            guard let v = Double(text) else { throw mismatch }
            return .double(v)
        case (.decimal, .number(let text)):
            guard let v = DecimalKey(text) else {
                throw FilterError(
                    position: literal.position,
                    reason: "\(text) is not a plain decimal number for the \(column.type) column '\(column.dottedName)'"
                )
            }
            return .decimal(v)
        case (.string, .string(let s)): return .string(s)
        case (.boolean, .boolean(let b)): return .boolean(b)
        case (.date, .string(let s)):
            guard let d = SQLCalendar.parseDate(s) else {
                throw FilterError(
                    position: literal.position,
                    reason: "'\(s)' is not a date (YYYY-MM-DD) for the date column '\(column.dottedName)'")
            }
            return .integer(Int64(d))
        case (.timestamp, .string(let s)):
            guard let t = SQLCalendar.parseTimestamp(s) else {
                throw FilterError(
                    position: literal.position,
                    reason:
                        "'\(s)' is not a timestamp (YYYY-MM-DD[ HH:MM:SS[.fff]]) for the timestamp column '\(column.dottedName)'"
                )
            }
            return .integer(t)
        default: throw mismatch
        }
    }

    private static func range(of type: GlueType) -> ClosedRange<Int64> {
        switch type {
        case .tinyint: return Int64(Int8.min)...Int64(Int8.max)
        case .smallint: return Int64(Int16.min)...Int64(Int16.max)
        case .int: return Int64(Int32.min)...Int64(Int32.max)
        default: return Int64.min...Int64.max
        }
    }
}
