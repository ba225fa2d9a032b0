/// Picks the winning dialect among sniffing candidates, following DuckDB's
/// `CSVSniffer::AnalyzeDialectCandidate` (dialect_detection.cpp) closely enough to agree with its choices
/// on its own test files: candidates are considered in order and replace the current best only when
/// strictly better, so ties go to the earlier candidate.
struct CSVSnifferSelection: Sendable {
    private(set) var candidates: [CSVSnifferSample] = []
    private var bestConsistentRows = 0
    private var maxColumnsFound = 0
    private var previousPadding = 0

    var winner: CSVSnifferSample? { candidates.first }

    mutating func consider(_ sample: CSVSnifferSample, allowPadding: Bool) {
        var candidate = sample
        guard !candidate.counts.isEmpty else { return }
        var columns = candidate.counts[0]
        var consistent = 0
        var padding = 0
        var startRow = 0
        for (row, count) in candidate.counts.enumerated() {
            if count == columns {
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
        let rowsConsistent = consistent + startRow == candidate.counts.count
        let invalidPadding = !allowPadding && padding > 0

        if rowsConsistent && !invalidPadding
            && (singleColumnBefore || ((moreValues || moreColumns) && !requireMorePadding)
                || (columns > 1 && requireLessPadding))
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
