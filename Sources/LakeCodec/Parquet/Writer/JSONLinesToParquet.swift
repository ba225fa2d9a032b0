/// JSON lines → Parquet (`lakectl convert data.jsonl data.parquet`), in two passes over the file.
///
/// Pass one infers the schema over every record with `JSONSchemaInference` under `InferenceRules.full`
/// (the same rules `lakectl schema --rules full` prints), so a later record can never surprise pass two:
/// each top-level member is a column, named lower-cased as Glue stores it. Pass two streams the records
/// into row groups of `rowGroupRows` rows (or about `rowGroupBytes`), so memory holds one row group, never
/// the file.
///
/// Types, every column OPTIONAL (a missing key and JSON `null` are NULL): boolean → BOOLEAN; tinyint …
/// bigint → INT64; double, float and decimal → DOUBLE (integers in a double column are widened);
/// timestamp → INT64 TIMESTAMP(MICROS, not UTC-adjusted), date → INT32 DATE, parsed as the CSV converter
/// parses them; string → BYTE_ARRAY STRING (a value of another kind in a column the inference widened to
/// string is written as its JSON text). Nested values (objects, arrays) become BYTE_ARRAY annotated with
/// the JSON logical type (parquet-format LogicalTypes.md "JSON") holding their compact JSON text, because
/// the writer cannot yet build nested Parquet (repetition levels) from row values.
///
/// A value that does not fit its column stops the conversion with `CodecError.json` naming the file, line
/// and field, and nothing is left behind (the writer's `abort()`).
package enum JSONLinesToParquet {
    package struct Summary: Sendable, Equatable {
        package var rows: Int64
        package var columns: [GlueField]
    }

    /// How one column is stored; chosen from the column's inferred Glue type.
    enum Kind: Sendable, Equatable {
        case boolean, int64, double, date, timestamp, string, json

        init(_ type: GlueType) {
            switch type {
            case .boolean: self = .boolean
            case .tinyint, .smallint, .int, .bigint: self = .int64
            case .float, .double, .decimal: self = .double
            case .date: self = .date
            case .timestamp: self = .timestamp
            case .string, .binary: self = .string
            case .array, .map, .structure: self = .json
            }
        }

        var name: String {
            switch self {
            case .boolean: "boolean"
            case .int64: "bigint"
            case .double: "double"
            case .date: "date"
            case .timestamp: "timestamp"
            case .string: "string"
            case .json: "JSON text"
            }
        }
    }

    static func element(name: String, kind: Kind) -> SchemaElement {
        switch kind {
        case .boolean: return CSVToParquet.element(name: name, type: .boolean)
        case .int64: return CSVToParquet.element(name: name, type: .bigint)
        case .double: return CSVToParquet.element(name: name, type: .double)
        case .date: return CSVToParquet.element(name: name, type: .date)
        case .timestamp: return CSVToParquet.element(name: name, type: .timestamp)
        case .string: return CSVToParquet.element(name: name, type: .string)
        case .json:
            var e = CSVToParquet.element(name: name, type: .string)
            e.logicalType = .json
            e.convertedType = .json
            return e
        }
    }

    @discardableResult
    package static func convert(
        jsonLines path: String, to output: String, options: ParquetWriterOptions = ParquetWriterOptions()
    ) throws -> Summary {
        let schema = try JSONSchemaInference.infer(path: path, rules: .full, sizeInBytes: 0, compression: nil)
        guard !schema.columns.isEmpty else {
            throw CodecError.unsupported(
                what: "\(path) has no object members to make columns of (no records, or only {})")
        }
        // Keys are matched lower-cased, as inference named them; Parquet names must be distinct and non-empty.
        var index: [String: Int] = [:]
        for (k, c) in schema.columns.enumerated() where index[c.name] == nil { index[c.name] = k }
        let names = CSVToParquet.uniqueNames(schema.columns.map(\.name))
        let kinds = schema.columns.map { Kind($0.type) }
        var root = SchemaElement()
        root.name = "schema"
        root.numChildren = Int32(truncatingIfNeeded: names.count)
        let elements = [root] + zip(names, kinds).map { element(name: $0, kind: $1) }
        let writer = try ParquetWriter(path: output, schema: elements, options: options)
        do {
            var builders = kinds.enumerated().map { k, kind in
                JSONColumnBuilder(name: schema.columns[k].name, kind: kind, descriptor: writer.columns[k])
            }
            let reader = try JSONLinesReader(path: path)
            var rows = 0
            var row = [JSONValue](repeating: .null, count: builders.count)
            while let record = try reader.next() {
                for k in row.indices { row[k] = .null }
                // A repeated key: the last one wins, as most JSON readers take it.
                for (key, value) in record.fields {
                    if let k = index[key.lowercased()] { row[k] = value }
                }
                for k in builders.indices {
                    try builders[k].append(row[k], path: path, line: record.line)
                }
                rows += 1
                if rows >= options.rowGroupRows
                    || (rows % 1024 == 0 && builders.reduce(0, { $0 + $1.byteSize }) >= options.rowGroupBytes)
                {
                    try writer.writeRowGroup(builders.indices.map { builders[$0].take() }, rowCount: rows)
                    rows = 0
                }
            }
            if rows > 0 { try writer.writeRowGroup(builders.indices.map { builders[$0].take() }, rowCount: rows) }
            try writer.close()
            return Summary(
                rows: writer.rowsWritten,
                columns: zip(names, schema.columns).map { GlueField(name: $0, type: $1.type) })
        } catch {
            writer.abort()
            throw error
        }
    }
}

/// Accumulates one column of a row group: definition level 1 for a value, 0 for NULL, and the values in
/// a plain typed array, turned into a `ColumnBatch` only when the row group is handed to the writer.
struct JSONColumnBuilder {
    let name: String
    let kind: JSONLinesToParquet.Kind
    let descriptor: ColumnDescriptor
    private var levels: [Int32] = []
    private var booleans: [Bool] = []
    private var int64s: [Int64] = []
    private var int32s: [Int32] = []
    private var doubles: [Double] = []
    private var bytes = BinaryArray()

    init(name: String, kind: JSONLinesToParquet.Kind, descriptor: ColumnDescriptor) {
        self.name = name
        self.kind = kind
        self.descriptor = descriptor
    }

    /// Estimated bytes held, for row-group sizing.
    var byteSize: Int { bytes.bytes.count + 4 * bytes.count + 8 * (int64s.count + doubles.count) + 4 * levels.count }

    mutating func append(_ value: JSONValue, path: String, line: Int) throws {
        if case .null = value {
            levels.append(0)
            return
        }
        switch (kind, value) {
        case (.boolean, .bool(let b)): booleans.append(b)
        case (.int64, .int(let i)): int64s.append(i)
        case (.double, .int(let i)): doubles.append(Double(i))
        case (.double, .double(let d)): doubles.append(d)
        case (.timestamp, .string(let s)):
            guard let micros = Self.parse(s, CSVFieldDecoder.timestamp) else { throw mismatch(value, path, line) }
            int64s.append(micros)
        case (.date, .string(let s)):
            guard let days = Self.parse(s, CSVFieldDecoder.date32) else { throw mismatch(value, path, line) }
            int32s.append(days)
        case (.string, .string(let s)): try bytes.append(Array(s.utf8))
        case (.string, _), (.json, _): try bytes.append(value.compactJSONText.utf8)
        default: throw mismatch(value, path, line)
        }
        levels.append(1)
    }

    /// Hands out the accumulated row group and starts an empty one.
    mutating func take() -> ColumnBatch {
        var batch = ColumnBatch(descriptor: descriptor)
        switch kind {
        case .boolean: batch.values = .boolean(booleans)
        case .int64, .timestamp: batch.values = .int64(int64s)
        case .date: batch.values = .int32(int32s)
        case .double: batch.values = .double(doubles)
        case .string, .json: batch.values = .bytes(bytes)
        }
        batch.definitionLevels = levels
        batch.slotCount = levels.count
        self = JSONColumnBuilder(name: name, kind: kind, descriptor: descriptor)
        return batch
    }

    private static func parse<T>(_ text: String, _ decode: (UnsafeBufferPointer<UInt8>) -> T?) -> T? {
        Array(text.utf8).withUnsafeBufferPointer { decode(CSVFieldDecoder.trimmed($0)) }
    }

    /// Pass one saw every record, so this means the inference and this builder disagree; it is guarded so
    /// that a bug shows up as an error naming the record, not as a wrong file.
    private func mismatch(_ value: JSONValue, _ path: String, _ line: Int) -> CodecError {
        .json(
            path: path, line: line, column: 1,
            reason:
                "field '\(name)': expected \(kind.name) (inferred from the whole file), found \(String(value.compactJSONText.prefix(60)))"
        )
    }
}
