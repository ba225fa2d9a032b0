/// CSV schema inference under both rule sets.
///
/// `glue` reproduces the crawler's built-in CSV classifier (AWS-NOTES B2): it looks at the first 1,000
/// records or 1 MB, tries the delimiters `,` `|` `;` `\t` Ctrl-A, types values with the observed ladder
/// (boolean, bigint, double, else string — no date or timestamp), and takes the first row as a header only
/// when it passes the header rule (`CSVSniffer.glueHeader`): above all, some data column must parse as a
/// non-string. Without a header the crawler names columns `col0`, `col1`, … (observed; AWS does not
/// document it).
///
/// `full` reads every row with DuckDB's ladder (dates, timestamps) and exact decimals, as `convert` will.
package enum CSVSchemaInference {
    package static func infer(
        path: String, rules: InferenceRules, sizeInBytes: Int, compression: String?,
        csv: CSVReadSettings = CSVReadSettings()
    ) throws -> FileSchema {
        switch rules {
        case .glue: return try glue(path: path, sizeInBytes: sizeInBytes, compression: compression, csv: csv)
        case .full: return try full(path: path, sizeInBytes: sizeInBytes, compression: compression, csv: csv)
        }
    }

    private static func glue(path: String, sizeInBytes: Int, compression: String?, csv: CSVReadSettings) throws
        -> FileSchema
    {
        let limit = InferenceRules.glue.maxBytes ?? 1_000_000
        let source = try CSVByteSource(path: path)
        var sample: [UInt8] = []
        while sample.count < limit, try source.readChunk(into: &sample, maxBytes: limit - sample.count) > 0 {}
        var probe: [UInt8] = []
        var complete = sample.count < limit
        if !complete { complete = try source.readChunk(into: &probe, maxBytes: 1) == 0 }
        let sniff = try CSVSniffer.glue(hints: csv.sniffHints).sniff(sample: sample, isComplete: complete, name: path)
        let start = sample.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let width = sniff.columnNames.count
        let rows = CSVSnifferSample.records(
            sample, from: start, dialect: sniff.dialect, isComplete: complete,
            maxRows: InferenceRules.glue.maxRecords ?? 1_000, columns: width)
        var guesses = (0..<width).map { _ in CSVTypeGuess(rules: .glue) }
        for c in 0..<width { guesses[c].observe(rows, column: c, fromRow: rows.rowCount > 1 ? 1 : 0) }
        let hasHeader = csv.hints.hasHeader ?? CSVSniffer.glueHeader(rows, glueTypes: guesses.map(\.type))
        if !hasHeader && rows.rowCount > 1 {
            // The first row is data after all: it constrains the types too.
            for c in 0..<width {
                guard rows.span(row: 0, column: c).count > 0, !rows.isNull(row: 0, column: c) else { continue }
                rows.withValueBytes(row: 0, column: c) { guesses[c].observe($0) }
            }
        }
        let names = columnNames(hasHeader ? rows : nil, width: width)
        let types = guesses.map { glueType($0, rules: .glue) }
        return FileSchema(
            path: path, format: .csv, columns: zip(names, types).map { GlueField(name: $0, type: $1) },
            csv: layout(sniff, hasHeader: hasHeader), compression: compression,
            recordsSampled: max(0, rows.rowCount - (hasHeader ? 1 : 0)), sizeInBytes: sizeInBytes)
    }

    private static func full(path: String, sizeInBytes: Int, compression: String?, csv: CSVReadSettings) throws
        -> FileSchema
    {
        let (sniff, reader) = try CSVReader.sniffing(path: path, hints: csv.hints, options: csv.readerOptions)
        let width = sniff.columnNames.count
        var guesses = (0..<width).map { _ in CSVTypeGuess(rules: .full) }
        var records = 0
        while let batch = try reader.nextBatch() {
            for c in 0..<min(width, batch.columnCount) { guesses[c].observe(batch, column: c) }
            records += batch.rowCount
        }
        let names: [String]
        if sniff.dialect.hasHeader {
            names = uniqueNames(sniff.columnNames.enumerated().map { $1.isEmpty ? "col\($0)" : $1.lowercased() })
        } else {
            names = (0..<width).map { "col\($0)" }
        }
        return FileSchema(
            path: path, format: .csv,
            columns: zip(names, guesses).map { GlueField(name: $0, type: glueType($1, rules: .full)) },
            csv: layout(sniff, hasHeader: sniff.dialect.hasHeader), compression: compression,
            recordsSampled: records, sizeInBytes: sizeInBytes)
    }

    /// Ladder type to Glue type. Under `full` a column of plain decimals keeps them exact (`decimal(p,s)`)
    /// rather than double; DuckDB's TIME has no Glue type and stays string.
    static func glueType(_ guess: CSVTypeGuess, rules: InferenceRules) -> GlueType {
        switch guess.type {
        case .boolean: return .boolean
        case .bigint: return .bigint
        case .double:
            if rules == .full, case let .decimal(p, s)? = guess.decimalType, s > 0, p <= 38 {
                return .decimal(precision: p, scale: s)
            }
            return .double
        case let .decimal(p, s): return .decimal(precision: p, scale: s)
        case .time, .string: return .string
        case .date: return .date
        case .timestamp: return .timestamp
        }
    }

    /// Header cells lower-cased (Glue stores column names so), `colN` without a header.
    private static func columnNames(_ header: CSVBatch?, width: Int) -> [String] {
        guard let header, header.rowCount > 0 else { return (0..<width).map { "col\($0)" } }
        return uniqueNames(
            (0..<width).map { c in
                let name = (header.string(row: 0, column: c) ?? "").trimmingSpaces().lowercased()
                return name.isEmpty ? "col\(c)" : name
            })
    }

    /// Duplicate names get `_2`, `_3`, … so the table stays valid.
    static func uniqueNames(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.map { name in
            var candidate = name
            var n = 2
            while seen.contains(candidate) {
                candidate = "\(name)_\(n)"
                n += 1
            }
            seen.insert(candidate)
            return candidate
        }
    }

    private static func layout(_ sniff: CSVSniffResult, hasHeader: Bool) -> FileSchema.CSVLayout {
        FileSchema.CSVLayout(
            delimiter: sniff.dialect.delimiter, quote: sniff.dialect.quote, escape: sniff.reportedEscape,
            quoted: sniff.quoteUsed, hasHeader: hasHeader)
    }
}

extension String {
    fileprivate func trimmingSpaces() -> String {
        var s = Substring(self)
        while s.first == " " || s.first == "\t" { s.removeFirst() }
        while s.last == " " || s.last == "\t" { s.removeLast() }
        return String(s)
    }
}
