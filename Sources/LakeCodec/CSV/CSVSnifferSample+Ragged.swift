extension CSVSnifferSample {
    /// A ragged file the DuckDB rules would misread: the first record (the header) has two or more fields
    /// under some candidate dialect and at least half of the records have that width, yet the rules picked
    /// a narrower reading (one column, because one short row broke every multi-column candidate) or made
    /// multi-field records into a preamble (because one row is wider). DuckDB does both on
    /// `a,b,c / 1,2,3 / 4,5 / 6,7,8,9`; lakectl instead reads the file with the header's width and reports
    /// (or, with ragged=pad or skip, handles) the first record of another width.
    ///
    /// Returns the candidate with `columns` set to the header's width, and the first misfit record's 1-based
    /// line and field count; nil when no candidate's header is wider than a strict reading without a preamble.
    static func raggedReading(_ samples: [CSVSnifferSample], strict: CSVSnifferSample?) -> (
        sample: CSVSnifferSample, line: Int, found: Int
    )? {
        // A strict reading with no preamble stands unless some candidate's header is wider.
        let strictWidth = strict.map { $0.startRow == 0 ? $0.columns : 0 } ?? 0
        for candidate in samples where candidate.dialect.comment == nil {
            guard let width = candidate.counts.first, width >= 2, width > strictWidth else { continue }
            var matching = 0
            var misfit: Int?
            for (row, count) in candidate.counts.enumerated() {
                if count == width || (count == width + 1 && candidate.trailingEmpty[row]) {
                    matching += 1
                } else if misfit == nil {
                    misfit = row
                }
            }
            guard let misfit, matching >= 2, matching * 2 >= candidate.counts.count else { continue }
            var reading = candidate
            reading.columns = width
            reading.startRow = 0
            return (reading, candidate.lineIndex[misfit] + 1, candidate.counts[misfit])
        }
        return nil
    }
}
