extension CSVReader {
    /// Sniffs `path` and opens a reader with the detected dialect: what `lakectl cat/convert/schema` do with
    /// a CSV. Stated settings in `hints` win over detection; `options.ragged` pad or skip lets the sniffer
    /// accept dialects with short rows, as the reader will pad or drop them.
    package static func sniffing(
        path: String, hints: CSVSniffer.Hints = CSVSniffer.Hints(), options: CSVReaderOptions = CSVReaderOptions()
    ) throws -> (sniff: CSVSniffResult, reader: CSVReader) {
        var hints = hints
        if options.ragged != .error { hints.allowPadding = true }
        let sniff = try CSVSniffer(hints: hints).sniff(path: path)
        var options = options
        if options.columnCount == nil { options.columnCount = sniff.columnNames.count }
        return (sniff, try CSVReader(path: path, dialect: sniff.dialect, options: options))
    }
}
