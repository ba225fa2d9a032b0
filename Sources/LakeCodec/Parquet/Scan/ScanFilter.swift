/// One bound predicate applied to a decoded column chunk, clearing the rows that fail.
///
/// Integers, floats and strings compare on the typed storage against the literal parsed once, so
/// filtering a million rows makes no `Value` and no `String`; other types (dates, decimals, timestamps)
/// go through `RowGroupPredicate.matches`, the same rule statistics pruning uses. NULL never passes; NaN
/// passes nothing (it cannot be ordered against a number), as in `ValueOrder`.
struct ScanFilter: Sendable {
    let predicate: RowGroupPredicate
    let leaf: Int

    /// Clears the flag in `keep` of each row that fails: `keep` has one flag per row of `rows` (in order), or
    /// per row of the group when `rows` is nil. The column holds every row of the group, or (decoded page by
    /// page, `ColumnBatch.rowSpans`) at least every row of `rows`. A chunk whose dictionary was kept (every
    /// page dictionary-encoded, `ParquetFile.scan` asks for that on string filter columns) is tested once per
    /// dictionary entry, then each row by its index: no string is expanded or compared per row.
    func apply(_ column: ColumnBatch, rows: RowSpans?, keep: inout [Bool]) throws {
        let kept = column.dictionary.flatMap { column.dictionaryIndices.isEmpty ? nil : $0 }
        let converter = try LeafConverter(descriptor: column.descriptor, values: kept ?? column.values)
        let levels = column.definitionLevels
        let maxDefinition = Int32(column.descriptor.maxDefinitionLevel)
        let name = column.descriptor.dottedPath
        // Rows the column holds: those of its decoded pages, or (whole chunk) every row of the group.
        let held = column.rowSpans?.rowCount ?? column.rowCount
        guard maxDefinition == 0 || levels.count >= held else {
            throw CodecError.corrupt(
                what: "column '\(name)'", offset: 0, reason: "\(levels.count) definition levels for \(held) rows")
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
        let short = CodecError.corrupt(
            what: "values of column '\(name)'", offset: 0, reason: "fewer values than the levels call for")
        var valueIndex = 0
        // Every row of the group, held whole: the common case, kept as a plain loop (the walk below costs a
        // range iteration and a cursor step per row, and this loop runs per row of every filtered scan).
        guard rows != nil || column.rowSpans != nil else {
            guard keep.count <= held else {
                throw CodecError.corrupt(
                    what: "column '\(name)'", offset: 0, reason: "holds \(held) rows, \(keep.count) are asked")
            }
            for r in 0..<keep.count {
                if maxDefinition > 0 && levels[r] != maxDefinition {
                    keep[r] = false
                    continue
                }
                guard valueIndex < valueCount else { throw short }
                if keep[r] && !test(valueIndex) { keep[r] = false }
                valueIndex += 1
            }
            return
        }
        // Page by page: walk the rows the column holds, and test those `rows` asks about.
        let spans = column.rowSpans ?? RowSpans(ascending: [0..<held])
        var wanted = rows.map(RowSpans.Cursor.init)
        var local = 0
        var tested = 0
        for range in spans.ranges {
            for r in range {
                let defined = maxDefinition == 0 || levels[local] == maxDefinition
                local += 1
                let k = wanted == nil ? r : wanted?.position(of: r)
                if let k {
                    tested += 1
                    if !defined {
                        keep[k] = false
                    } else {
                        guard valueIndex < valueCount else { throw short }
                        if keep[k] && !test(valueIndex) { keep[k] = false }
                    }
                }
                if defined { valueIndex += 1 }
            }
        }
        guard tested == keep.count else {
            throw CodecError.corrupt(
                what: "column '\(name)'", offset: 0,
                reason: "its decoded pages hold \(tested) of the \(keep.count) rows the page index left to test")
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
