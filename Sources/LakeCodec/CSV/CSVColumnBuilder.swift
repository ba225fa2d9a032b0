/// Accumulates one CSV column of a row group as a Parquet leaf: an OPTIONAL column, so definition level 1
/// for a value and 0 for NULL (an empty unquoted field, a padded field or a dialect null text), and the
/// values converted to the column's type in one loop per batch over the batch's contiguous spans.
struct CSVColumnBuilder {
    let name: String
    let type: CSVValueType
    private(set) var batch: ColumnBatch
    let path: String

    init(name: String, type: CSVValueType, descriptor: ColumnDescriptor, path: String) {
        self.name = name
        self.type = type
        self.path = path
        batch = ColumnBatch(descriptor: descriptor)
    }

    /// Estimated bytes held, for row-group sizing.
    var byteSize: Int {
        switch batch.values {
        case .bytes(let b): b.bytes.count + 4 * b.count + batch.definitionLevels.count * 4
        default: batch.values.count * 8 + batch.definitionLevels.count * 4
        }
    }

    /// Builder bytes one row of this column takes: its value (for strings, `stringBytes` on average plus
    /// a 4-byte offset) and its 4-byte level.
    func bytesPerRow(stringBytes: Int) -> Int {
        let value =
            switch type {
            case .boolean: 1
            case .date: 4
            case .bigint, .double, .decimal, .time, .timestamp: 8
            case .string: stringBytes + 4
            }
        return value + 4
    }

    /// Reserves room for `rows` rows before a row group's first append, strings at `stringBytes` a
    /// value: one allocation per buffer for the row group, not a doubling series whose freed steps the
    /// allocator could not reuse for the larger arrays after them (with eight columns growing side by
    /// side, a 1M-row group's peak was about 45 MB above its 120 MB of values). Pages never written stay
    /// out of the resident set, so a short last row group costs nothing for what it does not fill.
    mutating func reserve(rows: Int, stringBytes: Int) {
        precondition(batch.slotCount == 0, "reserve before a row group's first append")
        batch.definitionLevels.reserveCapacity(rows)
        batch.values.reserve(values: rows, bytes: rows * stringBytes)
    }

    /// Average bytes of this column's non-null fields in `csv` (at least 1), for `reserve`.
    static func averageFieldBytes(_ csv: CSVBatch, column: Int) -> Int {
        guard csv.rowCount > 0 else { return 1 }
        var total = 0
        csv.fields.withUnsafeBufferPointer { fields in
            var k = column
            for _ in 0..<csv.rowCount {
                total += fields[k].count
                k += csv.columnCount
            }
        }
        return max(1, total / csv.rowCount)
    }

    /// Hands out the accumulated batch and starts an empty one.
    mutating func take() -> ColumnBatch {
        let out = batch
        batch = ColumnBatch(descriptor: out.descriptor)
        return out
    }

    mutating func append(_ csv: CSVBatch, column: Int) throws {
        // The levels are moved out so the value storage and the levels are two separate, uniquely
        // referenced arrays while the loops append to both.
        var levels = batch.definitionLevels
        batch.definitionLevels = []
        defer {
            batch.definitionLevels = levels
            batch.slotCount = levels.count
        }
        // Levels start as 1 (value present) and nulls are marked in place through a buffer pointer: no
        // per-value append (and its uniqueness check) in the loops.
        let first = levels.count
        levels.reserveForAppending(csv.rowCount)
        levels.append(contentsOf: repeatElement(1, count: csv.rowCount))
        let c = Context(csv: csv, column: column, name: name, type: type, path: path, firstLevel: first)
        switch type {
        case .boolean: try batch.values.withBooleans { try Self.fill(c, &$0, &levels, CSVFieldDecoder.boolean) }
        case .bigint: try batch.values.withInt64s { try Self.fill(c, &$0, &levels, CSVFieldDecoder.int64) }
        case .double, .decimal: try batch.values.withDoubles { try Self.fill(c, &$0, &levels, CSVFieldDecoder.double) }
        case .time: try batch.values.withInt64s { try Self.fill(c, &$0, &levels, CSVFieldDecoder.timeOfDay) }
        case .timestamp: try batch.values.withInt64s { try Self.fill(c, &$0, &levels, CSVFieldDecoder.timestamp) }
        case .date: try batch.values.withInt32s { try Self.fill(c, &$0, &levels, CSVFieldDecoder.date32) }
        case .string: try batch.values.withBytes { try Self.fillBytes(c, &$0, &levels) }
        }
    }

    struct Context {
        let csv: CSVBatch
        let column: Int
        let name: String
        let type: CSVValueType
        let path: String
        let firstLevel: Int
    }

    /// NULL per `CSVBatch.isNull`, inlined over the span.
    @inline(__always)
    private static func isNull(_ span: CSVFieldSpan, _ csv: CSVBatch) -> Bool {
        if span.isPadded { return true }
        if span.isQuoted { return false }
        if span.count == 0 { return true }
        return !csv.nullTexts.isEmpty && csv.isNullText(span)
    }

    /// Walks column `c.column` of the batch: a NULL field (an empty quoted one too, as DuckDB's
    /// allow_quoted_nulls has it) gets level 0, and `body` gets every other field's row and bytes, an
    /// escaped field unescaped first. The one loop both value kinds share.
    @inline(__always)
    private static func forEachPresent(
        _ c: Context, _ levels: inout [Int32], _ body: (Int, UnsafeBufferPointer<UInt8>) throws -> Void
    ) throws {
        let csv = c.csv, column = c.column
        let width = csv.columnCount
        try levels.withUnsafeMutableBufferPointer { levelBuffer in
            let lv = UnsafeMutableBufferPointer(rebasing: levelBuffer[c.firstLevel...])
            try csv.bytes.withUnsafeBufferPointer { buf in
                try csv.fields.withUnsafeBufferPointer { fields in
                    var k = column
                    for row in 0..<csv.rowCount {
                        let span = fields[k]
                        k += width
                        if Self.isNull(span, csv) || span.count == 0 {
                            lv[row] = 0
                            continue
                        }
                        if span.isEscaped {
                            try csv.value(row: row, column: column).withUnsafeBufferPointer { try body(row, $0) }
                        } else {
                            try body(row, UnsafeBufferPointer(rebasing: buf[span.start..<span.end]))
                        }
                    }
                }
            }
        }
    }

    private static func fill<T>(
        _ c: Context, _ values: inout [T], _ levels: inout [Int32], _ parse: (UnsafeBufferPointer<UInt8>) -> T?
    ) throws {
        // The batch's values go to a buffer written through a pointer, then onto `values` in one append:
        // appending each one to the array checked its uniqueness and capacity per value.
        let parsedValues = try [T](unsafeUninitializedCapacity: c.csv.rowCount) { out, parsedCount in
            guard let target = out.baseAddress else { return }
            try forEachPresent(c, &levels) { row, field in
                guard let parsed = parse(CSVFieldDecoder.trimmed(field)) else { throw mismatch(c, row) }
                (target + parsedCount).initialize(to: parsed)
                parsedCount += 1
            }
        }
        values.append(contentsOf: parsedValues)
    }

    private static func fillBytes(_ c: Context, _ values: inout BinaryArray, _ levels: inout [Int32]) throws {
        try forEachPresent(c, &levels) { _, field in try values.append(UnsafeRawBufferPointer(field)) }
    }

    private static func mismatch(_ c: Context, _ row: Int) -> CodecError {
        let text = String(decoding: c.csv.value(row: row, column: c.column).prefix(60), as: UTF8.self)
        return .csv(
            path: c.path, line: c.csv.lines[row], column: nil,
            reason:
                "column '\(c.name)' (field \(c.column + 1)): expected \(c.type.duckDBName.lowercased()) (inferred from the sample), found '\(text)'"
        )
    }
}

extension CSVBatch {
    /// Whether the unquoted field equals one of the dialect's null texts.
    func isNullText(_ span: CSVFieldSpan) -> Bool {
        bytes.withUnsafeBufferPointer { buf in
            nullTexts.contains { text in
                text.count == span.count
                    && text.withUnsafeBufferPointer { t in
                        var k = 0
                        while k < t.count && t[k] == buf[span.start + k] { k += 1 }
                        return k == t.count
                    }
            }
        }
    }
}
