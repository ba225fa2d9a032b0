/// Picks the winning dialect among sniffing candidates, following DuckDB's
/// `CSVSniffer::AnalyzeDialectCandidate` and `RefineCandidates` (dialect_detection.cpp) closely enough to
/// agree with its choices on its own test files. Candidates are judged on the first `analysisRows` records
/// and replace the current best only when strictly better (so ties go to the earlier candidate, or to one
/// whose quotes occur in the data); the survivors must then keep their width over the rest of the sample.
struct CSVSnifferSelection: Sendable {
    private(set) var candidates: [CSVSnifferSample] = []
    private var bestConsistentRows = 0
    private var maxColumnsFound = 0
    private var previousPadding = 0

    /// DuckDB judges dialects on its first chunk of rows (STANDARD_VECTOR_SIZE).
    static let analysisRows = 2048

    /// The first candidate that keeps its width over the whole sample.
    func winner(allowPadding: Bool) -> CSVSnifferSample? {
        candidates.first { Self.firstMisfit($0, allowPadding: allowPadding) == nil }
    }

    /// Where the best candidate broke during refinement: (1-based line, fields found, fields expected),
    /// to tell the user which line stopped detection.
    func breakingLine(allowPadding: Bool) -> (line: Int, found: Int, expected: Int)? {
        guard let front = candidates.first, let row = Self.firstMisfit(front, allowPadding: allowPadding) else {
            return nil
        }
        return (front.lineIndex[row] + 1, front.counts[row], front.columns)
    }

    private static func firstMisfit(_ candidate: CSVSnifferSample, allowPadding: Bool) -> Int? {
        var row = min(analysisRows, candidate.counts.count)
        while row < candidate.counts.count {
            let count = candidate.counts[row]
            let fits =
                count == candidate.columns || (allowPadding && count < candidate.columns)
                || (count == candidate.columns + 1 && candidate.trailingEmpty[row])
            if !fits { return row }
            row += 1
        }
        return nil
    }

    mutating func consider(_ sample: CSVSnifferSample, allowPadding: Bool) {
        var candidate = sample
        guard !candidate.counts.isEmpty else { return }
        // A comment character is only a candidate where it starts at least one line (DuckDB's
        // AreCommentsAcceptable asks for a full-line comment).
        if candidate.dialect.comment != nil && candidate.commentLines == 0 { return }
        let analysed = min(Self.analysisRows, candidate.counts.count)
        var columns = candidate.counts[0]
        var consistent = 0
        var padding = 0
        var startRow = 0
        for row in 0..<analysed {
            let count = candidate.counts[row]
            if count == columns || (count == columns + 1 && candidate.trailingEmpty[row]) {
                consistent += 1
            } else if count > columns {
                // A wider record: everything before it becomes preamble.
                columns = count
                startRow = row
                consistent = 1
                padding = 0
            } else {
                padding += 1
            }
        }
        consistent += padding
        candidate.columns = columns
        candidate.startRow = startRow
        candidate.consistentRows = consistent
        candidate.paddingRows = padding

        let moreValues = consistent > bestConsistentRows && columns >= maxColumnsFound
        let moreColumns = consistent == bestConsistentRows && columns > maxColumnsFound
        let requireMorePadding = padding > previousPadding
        let requireLessPadding = padding < previousPadding
        let singleColumnBefore = maxColumnsFound < 2 && columns > maxColumnsFound * candidates.count
        let rowsConsistent = consistent + startRow == analysed
        let invalidPadding = !allowPadding && padding > 0
        // Same rows and columns as the best so far, but this one's quotes occur and the best's do not.
        let quotedTie =
            candidate.everQuoted && consistent == bestConsistentRows && columns == maxColumnsFound
            && !(candidates.first?.everQuoted ?? true)

        if rowsConsistent && !invalidPadding
            && (singleColumnBefore || ((moreValues || moreColumns) && !requireMorePadding)
                || (columns > 1 && requireLessPadding) || quotedTie)
        {
            if let front = candidates.first, front.everQuoted {
                // Prefer dialects whose quoting the data exercises, then those that use their escape.
                if !candidate.everQuoted { return }
                if !candidate.everEscaped && front.everEscaped { return }
                if bestConsistentRows == consistent && columns >= maxColumnsFound {
                    candidates.append(candidate)
                    maxColumnsFound = columns
                    return
                }
            }
            bestConsistentRows = consistent
            maxColumnsFound = columns
            previousPadding = padding
            candidates = [candidate]
            return
        }
        let startGood = candidates.first.map { startRow <= $0.startRow } ?? false
        if consistent > 1 && columns > 1 && startGood && rowsConsistent && !requireMorePadding && !invalidPadding
            && columns == maxColumnsFound
            && !candidates.contains(where: { $0.dialect.quote == candidate.dialect.quote })
        {
            candidates.append(candidate)
        }
    }
}
