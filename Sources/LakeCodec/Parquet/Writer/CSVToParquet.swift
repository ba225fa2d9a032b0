/// CSV → Parquet (`lakectl convert data.csv data.parquet`): the dialect and column types come from
/// `CSVReader.sniffing` (DuckDB's type ladder, `CSVTypeGuess.Rules.full`, over the sniffer's sample);
/// the file is then streamed batch by batch into row groups of `rowGroupRows` rows (or `rowGroupBytes`),
/// so memory holds one row group, never the file. A later value that does not fit its column's type
/// stops the conversion with its line and column, and no output is left behind.
///
/// Types: boolean → BOOLEAN; bigint → INT64; double → DOUBLE; date → INT32 DATE; time → INT64
/// TIME(MICROS); timestamp → INT64 TIMESTAMP(MICROS, not UTC-adjusted; values with an offset are
/// converted to UTC); string → BYTE_ARRAY STRING. Every column is OPTIONAL (empty fields are NULL).
package enum CSVToParquet {
    package struct Summary: Sendable, Equatable {
        package var rows: Int64
        package var columns: [(name: String, type: CSVValueType)]

        package static func == (a: Summary, b: Summary) -> Bool {
            a.rows == b.rows && a.columns.map(\.name) == b.columns.map(\.name)
                && a.columns.map(\.type) == b.columns.map(\.type)
        }
    }

    /// The schema element of a column of `type`.
    static func element(name: String, type: CSVValueType) -> SchemaElement {
        var e = SchemaElement()
        e.name = name
        e.repetition = .optional
        switch type {
        case .boolean: e.type = .boolean
        case .bigint: e.type = .int64
        case .double, .decimal: e.type = .double
        case .date:
            e.type = .int32
            e.logicalType = .date
            e.convertedType = .date
        case .time:
            e.type = .int64
            e.logicalType = .time(utc: false, unit: .micros)
        case .timestamp:
            e.type = .int64
            e.logicalType = .timestamp(utc: false, unit: .micros)
        case .string:
            e.type = .byteArray
            e.logicalType = .string
            e.convertedType = .utf8
        }
        return e
    }

    @discardableResult
    package static func convert(
        csv path: String, to output: String, options: ParquetWriterOptions = ParquetWriterOptions(),
        hints: CSVSniffer.Hints = CSVSniffer.Hints(), readerOptions: CSVReaderOptions = CSVReaderOptions()
    ) throws -> Summary {
        let (sniff, reader) = try CSVReader.sniffing(path: path, hints: hints, options: readerOptions)
        let names = uniqueNames(sniff.columnNames)
        let types = sniff.columnTypes
        var root = SchemaElement()
        root.name = "schema"
        root.numChildren = Int32(truncatingIfNeeded: names.count)
        let elements = [root] + zip(names, types).map { element(name: $0, type: $1) }
        let writer = try ParquetWriter(path: output, schema: elements, options: options)
        let rowGroups = RowGroupPipeline(writer, background: options.threads > 1)
        let prefetch = options.threads > 1 ? CSVBatchPrefetch(reader) : nil
        defer { prefetch?.cancel() }
        func nextBatch() throws -> CSVBatch? {
            if let prefetch { return try prefetch.next() }
            return try reader.nextBatch()
        }
        do {
            var builders = zip(names, types).enumerated().map { k, nt in
                CSVColumnBuilder(name: nt.0, type: nt.1, descriptor: writer.columns[k], path: path)
            }
            var rows = 0
            while let batch = try nextBatch() {
                var start = 0
                // A batch may straddle the row-group boundary: split it by rows.
                while start < batch.rowCount {
                    let take = min(batch.rowCount - start, options.rowGroupRows - rows)
                    let part = start == 0 && take == batch.rowCount ? batch : batch.rows(start..<(start + take))
                    if rows == 0 { reserveRowGroup(&builders, like: part, options: options) }
                    try append(part, to: &builders, threads: options.threads)
                    rows += take
                    start += take
                    let bytes = builders.reduce(0) { $0 + $1.byteSize }
                    if rows >= options.rowGroupRows || bytes >= options.rowGroupBytes {
                        try rowGroups.write(builders.indices.map { builders[$0].take() }, rowCount: rows)
                        rows = 0
                    }
                }
            }
            if rows > 0 { try rowGroups.write(builders.indices.map { builders[$0].take() }, rowCount: rows) }
            try rowGroups.finish()
            try writer.close()
            return Summary(rows: writer.rowsWritten, columns: Array(zip(names, types)))
        } catch {
            try? rowGroups.finish()  // no write may still run when the partial output goes
            writer.abort()
            throw error
        }
    }

    /// Sizes every builder for the row group `first` starts: `rowGroupRows` rows, or fewer where rows
    /// shaped like `first`'s would pass `rowGroupBytes` (so a file of very wide rows reserves about
    /// `rowGroupBytes`, not `rowGroupRows` of each column), strings a quarter above `first`'s average.
    static func reserveRowGroup(
        _ builders: inout [CSVColumnBuilder], like first: CSVBatch, options: ParquetWriterOptions
    ) {
        let stringBytes = builders.indices.map { k in
            builders[k].type == .string ? CSVColumnBuilder.averageFieldBytes(first, column: k) * 5 / 4 : 0
        }
        let rowBytes = builders.indices.reduce(0) { $0 + builders[$1].bytesPerRow(stringBytes: stringBytes[$1]) }
        let rows = min(options.rowGroupRows, max(first.rowCount, options.rowGroupBytes / max(1, rowBytes)))
        for k in builders.indices { builders[k].reserve(rows: rows, stringBytes: stringBytes[k]) }
    }

    /// Appends the batch's fields to every column's builder, the columns spread over `threads` threads.
    /// Each builder is touched by one thread only; as on one thread, the error reported is the one of the
    /// first failing column (its first bad row), so the message does not depend on the thread count.
    static func append(_ part: CSVBatch, to builders: inout [CSVColumnBuilder], threads: Int) throws {
        guard threads > 1, builders.count > 1 else {
            for k in builders.indices { try builders[k].append(part, column: k) }
            return
        }
        try builders.withUnsafeMutableBufferPointer { buffer in
            let shared = SharedBuilders(base: buffer)
            _ = try Parallel.map(buffer.count, threads: threads) { k in try shared.base[k].append(part, column: k) }
        }
    }

    /// `@unchecked Sendable`: `Parallel.map` hands each index to one worker, so no builder is shared.
    private struct SharedBuilders: @unchecked Sendable {
        let base: UnsafeMutableBufferPointer<CSVColumnBuilder>
    }

    /// Parquet needs distinct, non-empty field names: empty names become `column<N>` and repeats get a
    /// `_<k>` suffix, as DuckDB names them.
    static func uniqueNames(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.enumerated().map { i, raw in
            var name = raw.isEmpty ? "column\(i)" : raw
            var k = 1
            while seen.contains(name) {
                name = "\(raw)_\(k)"
                k += 1
            }
            seen.insert(name)
            return name
        }
    }
}

extension CSVBatch {
    /// Rows `range` as a batch of their own (spans shared, bytes shared).
    func rows(_ range: Range<Int>) -> CSVBatch {
        CSVBatch(
            bytes: bytes, fields: Array(fields[(range.lowerBound * columnCount)..<(range.upperBound * columnCount)]),
            columnCount: columnCount, lines: Array(lines[range]), quote: quote, escape: escape, nullTexts: nullTexts)
    }
}
