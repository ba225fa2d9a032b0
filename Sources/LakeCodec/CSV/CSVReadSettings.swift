/// What a user states about a CSV file before it is read (delimiter, quote, header, ragged rows), in one
/// value that every reader of CSV takes: `convert`, schema inference and the crawl preview. Codec errors
/// name these settings as `delimiter=C`, `quote=C` and `ragged=pad`, and the command line maps those
/// spellings to its flags, so the codec never names a flag it does not own.
package struct CSVReadSettings: Sendable, Equatable {
    /// Stated dialect settings; nil fields are sniffed.
    package var hints: CSVSniffer.Hints
    package var ragged: CSVReaderOptions.Ragged

    package init(hints: CSVSniffer.Hints = CSVSniffer.Hints(), ragged: CSVReaderOptions.Ragged = .error) {
        self.hints = hints
        self.ragged = ragged
    }

    /// Hints for the sniffer: pad and skip both accept dialects with short rows, since the reader will
    /// handle them.
    package var sniffHints: CSVSniffer.Hints {
        var h = hints
        if ragged != .error { h.allowPadding = true }
        return h
    }

    package var readerOptions: CSVReaderOptions { CSVReaderOptions(ragged: ragged) }
}
