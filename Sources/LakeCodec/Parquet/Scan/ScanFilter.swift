/// One bound predicate applied to a decoded column chunk, clearing the rows that fail.
///
/// Integers, floats and strings compare on the typed storage against the literal parsed once, so
/// filtering a million rows makes no `Value` and no `String`; other types (dates, decimals, timestamps)
/// go through `RowGroupPredicate.matches`, the same rule statistics pruning uses. NULL never passes; NaN
/// passes nothing (it cannot be ordered against a number), as in `ValueOrder`.
struct ScanFilter: Sendable {
    let predicate: RowGroupPredicate
    let leaf: Int

    /// Clears `keep[r]` for each of the `rows` rows that fails. A chunk whose dictionary was kept (every page
    /// dictionary-encoded, `ParquetFile.scan` asks for that on string filter columns) is tested once per
    /// dictionary entry, then each row by its index: no string is expanded or compared per row.
    func apply(_ column: ColumnBatch, rows: Int, keep: inout [Bool]) throws {
        let kept = column.dictionary.flatMap { column.dictionaryIndices.isEmpty ? nil : $0 }
        let converter = try LeafConverter(descriptor: column.descriptor, values: kept ?? column.values)
        let levels = column.definitionLevels
        let maxDefinition = Int32(column.descriptor.maxDefinitionLevel)
        let name = column.descriptor.dottedPath
        guard maxDefinition == 0 || levels.count >= rows else {
            throw CodecError.corrupt(
                what: "column '\(name)'", offset: 0, reason: "\(levels.count) definition levels for \(rows) rows")
        }
        // Per value: the test itself, or (dictionary kept) its answer for the value's entry, worked out once
        // per entry. Either is asked only for rows an earlier filter kept. The reader checked every kept
        // index against the dictionary's size.
        let test: (Int) -> Bool
        let valueCount: Int
        if kept != nil {
            let entries = (0..<converter.values.count).map(self.test(converter))
            let codes = column.dictionaryIndices
            test = { entries[Int(codes[$0])] }
            valueCount = codes.count
        } else {
            test = self.test(converter)
            valueCount = converter.values.count
        }
        var valueIndex = 0
        for r in 0..<rows {
            if maxDefinition > 0 && levels[r] != maxDefinition {
                keep[r] = false
                continue
            }
            guard valueIndex < valueCount else {
                throw CodecError.corrupt(
                    what: "values of column '\(name)'", offset: 0, reason: "fewer values than the levels call for")
            }
            if keep[r] && !test(valueIndex) { keep[r] = false }
            valueIndex += 1
        }
    }

    /// Whether the value at a value index passes.
    private func test(_ converter: LeafConverter) -> (Int) -> Bool {
        let literal = predicate.literal
        let comparison = predicate.comparison
        switch (converter.kind, converter.values) {
        case (.int, .int64(let a)):
            if let l = Int64(literal) { return { comparison.holds(Self.sign(a[$0], l)) } }
        case (.int, .int32(let a)):
            if let l = Int64(literal) { return { comparison.holds(Self.sign(Int64(a[$0]), l)) } }
        case (.double, .double(let a)):
            if let l = Double(literal) { return { !a[$0].isNaN && comparison.holds(Self.sign(a[$0], l)) } }
        case (.float, .float(let a)):
            if let l = Float(literal) { return { !a[$0].isNaN && comparison.holds(Self.sign(a[$0], l)) } }
        case (.string, .bytes(let a)), (.binary, .bytes(let a)):
            let l = Array(literal.utf8)
            return { i in
                a.bytes.withUnsafeBufferPointer { buf in
                    comparison.holds(Self.bytesSign(buf[a.range(at: i)], l))
                }
            }
        default:
            break
        }
        return { predicate.matches(converter.value(at: $0)) }
    }

    private static func sign<T: Comparable>(_ a: T, _ b: T) -> Int { a < b ? -1 : (a > b ? 1 : 0) }

    /// Unsigned byte order, as `ValueOrder.bytesSign`.
    private static func bytesSign(_ a: Slice<UnsafeBufferPointer<UInt8>>, _ b: [UInt8]) -> Int {
        if a.elementsEqual(b) { return 0 }
        return a.lexicographicallyPrecedes(b) ? -1 : 1
    }
}

extension RowGroupPredicate.Comparison {
    /// Whether a comparison result (sign of value - literal) satisfies this operator.
    func holds(_ sign: Int) -> Bool {
        switch self {
        case .equal: sign == 0
        case .notEqual: sign != 0
        case .less: sign < 0
        case .lessOrEqual: sign <= 0
        case .greater: sign > 0
        case .greaterOrEqual: sign >= 0
        }
    }
}
