/// Infers one column's type from its text values, narrowest type first.
///
/// Two rule sets, because the two tools lakectl must predict disagree (AWS-NOTES B2 and C):
/// - `.glue` follows what Glue's crawler is observed to do with CSV: `TRUE`/`FALSE` → boolean, integers of
///   any width → bigint, other decimals → double, everything else (dates and timestamps included) → string.
/// - `.full` follows DuckDB's sniffer ladder BOOLEAN → BIGINT → DOUBLE → TIME → DATE → TIMESTAMP → VARCHAR,
///   with its quirks: `1`/`0` are integers, not booleans; `00123` is text (leading zeros would be lost);
///   surrounding spaces are ignored for numbers; a date column must use one date format throughout.
/// `decimal(p,s)` is tracked alongside (the widest precision and scale seen) so a caller that prefers exact
/// decimals, as a Parquet writer may, can ask for `decimalType` instead of the ladder's double.
///
/// Values are observed as bytes; NULLs (empty fields) are skipped by the caller and constrain nothing.
package struct CSVTypeGuess: Sendable, Equatable {
    package enum Rules: Sendable, Equatable {
        case glue
        case full
    }

    package let rules: Rules
    /// Types every value seen so far parses as (`CSVValueParser` bits).
    private(set) var candidates: UInt16 = CSVValueParser.all
    /// Date layouts every date/timestamp value seen so far allows.
    private(set) var dateLayouts: UInt16 = CSVValueParser.allLayouts
    private var integerDigits = 0
    private var scale = 0
    package private(set) var nonNullCount = 0

    package init(rules: Rules) {
        self.rules = rules
    }

    /// Narrows the guess with one non-NULL value.
    package mutating func observe(_ value: UnsafeBufferPointer<UInt8>) {
        nonNullCount += 1
        guard candidates != 0 else { return }
        let parsed = CSVValueParser.parse(value, rules: rules, wanted: candidates)
        candidates &= parsed.types
        if parsed.types & (CSVValueParser.date | CSVValueParser.timestamp) != 0 {
            dateLayouts &= parsed.layouts
            if dateLayouts == 0 { candidates &= ~(CSVValueParser.date | CSVValueParser.timestamp) }
        }
        if parsed.types & CSVValueParser.decimal != 0 {
            integerDigits = max(integerDigits, parsed.integerDigits)
            scale = max(scale, parsed.scale)
            if integerDigits + scale > 38 { candidates &= ~CSVValueParser.decimal }
        }
    }

    package mutating func observe(_ value: String) {
        var copy = value
        copy.withUTF8 { observe($0) }
    }

    /// Observes every non-NULL value of `column` in `batch`, from `firstRow` on. A quoted empty value
    /// (`""`) constrains nothing either: DuckDB reads it as NULL (`allow_quoted_nulls`), and an empty
    /// string cannot decide between number and text.
    package mutating func observe(_ batch: CSVBatch, column: Int, fromRow firstRow: Int = 0) {
        var row = firstRow
        while row < batch.rowCount {
            // Once a column is text nothing can change that; only whether it has any value matters.
            if candidates == 0 && nonNullCount > 0 { return }
            if batch.span(row: row, column: column).count > 0 && !batch.isNull(row: row, column: column) {
                batch.withValueBytes(row: row, column: column) { observe($0) }
            }
            row += 1
        }
    }

    /// The ladder's answer. A column with no values at all is a string (DuckDB: VARCHAR).
    package var type: CSVValueType {
        guard nonNullCount > 0 else { return .string }
        if candidates & CSVValueParser.boolean != 0 { return .boolean }
        if candidates & CSVValueParser.bigint != 0 { return .bigint }
        if candidates & CSVValueParser.double != 0 { return .double }
        if candidates & CSVValueParser.time != 0 { return .time }
        if candidates & CSVValueParser.date != 0 { return .date }
        if candidates & CSVValueParser.timestamp != 0 { return .timestamp }
        return .string
    }

    /// The exact decimal that holds every value, when all are plain decimals (`12.50`, `-3`), else nil.
    package var decimalType: CSVValueType? {
        guard nonNullCount > 0, candidates & CSVValueParser.decimal != 0 else { return nil }
        return .decimal(precision: max(1, integerDigits + scale), scale: scale)
    }

    /// Whether `value` could be a value of `type` under these rules: the header test (a first row that does
    /// not fit its column's type is a header).
    package static func fits(_ value: UnsafeBufferPointer<UInt8>, _ type: CSVValueType, rules: Rules) -> Bool {
        let parsed = CSVValueParser.parse(value, rules: rules)
        switch type {
        case .boolean: return parsed.types & CSVValueParser.boolean != 0
        case .bigint: return parsed.types & CSVValueParser.bigint != 0
        case .double: return parsed.types & CSVValueParser.double != 0
        case .decimal: return parsed.types & CSVValueParser.decimal != 0
        case .time: return parsed.types & CSVValueParser.time != 0
        case .date: return parsed.types & CSVValueParser.date != 0
        case .timestamp: return parsed.types & CSVValueParser.timestamp != 0
        case .string: return true
        }
    }
}
