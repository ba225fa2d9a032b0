/// A comparison of one column with a literal (`price >= 10`, `day = 2024-01-31`), used to skip row groups
/// whose statistics prove no row can match, and to filter the rows of the row groups that are read.
package struct RowGroupPredicate: Sendable, Equatable {
    package enum Comparison: String, Sendable, CaseIterable {
        case equal = "=", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
    }

    /// Dotted path of a leaf column ("a" for a top-level column).
    package var column: String
    package var comparison: Comparison
    /// The literal as written; interpreted by the column's type when compared.
    package var literal: String

    package init(column: String, comparison: Comparison, literal: String) {
        self.column = column
        self.comparison = comparison
        self.literal = literal
    }

    /// Parses `column OP literal` with OP one of = != < <= > >=; quotes around the literal are removed.
    package static func parse(_ text: String) throws -> RowGroupPredicate {
        let ops: [Comparison] = [.lessOrEqual, .greaterOrEqual, .notEqual, .equal, .less, .greater]
        for op in ops {
            if let r = Self.find(op.rawValue, in: text) {
                let column = text[..<r.lowerBound].trimmed
                var literal = text[r.upperBound...].trimmed
                if literal.count >= 2, let f = literal.first, f == "'" || f == "\"", literal.last == f {
                    literal = String(literal.dropFirst().dropLast())
                }
                guard !column.isEmpty, !literal.isEmpty else { break }
                return RowGroupPredicate(column: column, comparison: op, literal: literal)
            }
        }
        throw CodecError.unsupported(
            what: "predicate '\(text)': expected 'column OP value' with OP one of = != < <= > >=")
    }

    /// First occurrence of `needle` in `text` (no Foundation in LakeCodec).
    private static func find(_ needle: String, in text: String) -> Range<String.Index>? {
        var i = text.startIndex
        while i < text.endIndex {
            if text[i...].hasPrefix(needle) { return i..<text.index(i, offsetBy: needle.count) }
            i = text.index(after: i)
        }
        return nil
    }

    /// Whether a value satisfies the predicate (null never does; undecidable comparisons keep the row).
    package func matches(_ v: Value) -> Bool {
        if v.isNull { return false }
        guard let c = ValueOrder.compare(v, literal) else { return true }
        switch comparison {
        case .equal: return c == 0
        case .notEqual: return c != 0
        case .less: return c < 0
        case .lessOrEqual: return c <= 0
        case .greater: return c > 0
        case .greaterOrEqual: return c >= 0
        }
    }

    /// Whether a chunk with these bounds may hold a matching value (true when unsure).
    func mayMatch(min: Value?, max: Value?, allNull: Bool) -> Bool {
        if allNull { return false }
        let lo = min.flatMap { ValueOrder.compare($0, literal) }  // sign of (min - literal)
        let hi = max.flatMap { ValueOrder.compare($0, literal) }
        switch comparison {
        case .equal: return !((lo ?? -1) > 0 || (hi ?? 1) < 0)
        case .notEqual: return !(lo == 0 && hi == 0)
        case .less: return (lo ?? -1) < 0
        case .lessOrEqual: return (lo ?? -1) <= 0
        case .greater: return (hi ?? 1) > 0
        case .greaterOrEqual: return (hi ?? 1) >= 0
        }
    }
}

extension Substring {
    fileprivate var trimmed: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
