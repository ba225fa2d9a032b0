extension RowGroupPredicate {
    /// Checks the literal against the column's type and returns the predicate with the literal in the form
    /// `ValueOrder` compares (`TRUE` → `true`). A literal the type cannot read (`ts > 2022` on a timestamp,
    /// `qty = five` on an integer) throws, naming the literal, the column and its type: without this check the
    /// comparison would be undecidable for every row and the filter would silently keep them all.
    package func bound(to column: ColumnDescriptor) throws -> RowGroupPredicate {
        let kind = try LeafConverter.kind(for: column)
        let timestampHint = "write YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS[.fraction][Z]"
        var bound = self
        switch kind {
        case .bool:
            switch literal.lowercased() {
            case "true": bound.literal = "true"
            case "false": bound.literal = "false"
            default: throw rejection(column, "boolean", "write true or false")
            }
        case .int, .uint32, .uint64:
            if !Self.isNumber(literal) {
                throw rejection(column, "integer", "write a number such as 42")
            }
        case .float, .double, .float16:
            if !Self.isNumber(literal) { throw rejection(column, "floating-point", "write a number such as 1.5") }
        case .decimal:
            if !Self.isNumber(literal) { throw rejection(column, "decimal", "write a number such as 12.50") }
        case .date:
            if ValueOrder.parseDate(literal) == nil { throw rejection(column, "date", "write YYYY-MM-DD") }
        case .timestamp(let unit, _):
            if ValueOrder.parseTimestamp(literal, unit) == nil { throw rejection(column, "timestamp", timestampHint) }
        case .int96:
            if ValueOrder.parseTimestamp(literal, .nanos) == nil {
                throw rejection(column, "timestamp", timestampHint)
            }
        case .string, .binary:
            break
        case .time, .uuid, .interval, .null:
            throw CodecError.unsupported(
                what:
                    "filter '\(written)': column '\(column.dottedPath)' has a type --where cannot compare yet (time, UUID, interval or"
                    + " null); filter on another column")
        }
        return bound
    }

    /// The filter as the user meant it, for error messages.
    private var written: String { "\(column) \(comparison.rawValue) \(literal)" }

    private func rejection(_ column: ColumnDescriptor, _ typeName: String, _ hint: String) -> CodecError {
        .unsupported(
            what: "filter '\(written)': '\(literal)' cannot be read as \(typeName), the type of column "
                + "'\(column.dottedPath)' (\(hint))")
    }

    /// A finite decimal number (`Double` also reads `nan`, `inf` and hex floats, which are not literals here).
    private static func isNumber(_ s: String) -> Bool {
        guard let d = Double(s), d.isFinite else { return false }
        return s.allSatisfy { $0.isNumber || $0 == "." || $0 == "-" || $0 == "+" || $0 == "e" || $0 == "E" }
    }
}
