/// Rows of one row group as ascending, disjoint, non-touching half-open ranges: the rows a page index
/// leaves in play, or the rows a column chunk holds when only some of its pages were decoded.
struct RowSpans: Sendable, Equatable {
    private(set) var ranges: [Range<Int>] = []
    private(set) var rowCount = 0

    init() {}

    /// Spans of ascending ranges (each starting at or after the previous one's end); touching ranges merge.
    init(ascending: some Sequence<Range<Int>>) {
        for r in ascending { append(r) }
    }

    /// Spans of ascending row numbers, one run of consecutive rows per range.
    init(rows: [Int]) {
        var start = 0
        while start < rows.count {
            var end = start + 1
            while end < rows.count, rows[end] == rows[end - 1] + 1 { end += 1 }
            append(rows[start]..<(rows[end - 1] + 1))
            start = end
        }
    }

    var isEmpty: Bool { rowCount == 0 }

    /// Adds `r`, which must start at or after the last range's end (checked by the callers' validation).
    mutating func append(_ r: Range<Int>) {
        guard !r.isEmpty else { return }
        if let last = ranges.last, last.upperBound >= r.lowerBound {
            ranges[ranges.count - 1] = last.lowerBound..<max(last.upperBound, r.upperBound)
            rowCount += max(0, r.upperBound - last.upperBound)
        } else {
            ranges.append(r)
            rowCount += r.count
        }
    }

    /// The rows in both.
    func intersection(_ other: RowSpans) -> RowSpans {
        var out = RowSpans()
        var i = 0
        var j = 0
        while i < ranges.count, j < other.ranges.count {
            let a = ranges[i]
            let b = other.ranges[j]
            let lo = max(a.lowerBound, b.lowerBound)
            let hi = min(a.upperBound, b.upperBound)
            if lo < hi { out.append(lo..<hi) }
            if a.upperBound <= b.upperBound { i += 1 } else { j += 1 }
        }
        return out
    }

    /// Whether any row of `r` is in the spans (binary search).
    func overlaps(_ r: Range<Int>) -> Bool {
        var lo = 0
        var hi = ranges.count
        while lo < hi {  // first range ending after r starts
            let mid = (lo + hi) / 2
            if ranges[mid].upperBound <= r.lowerBound { lo = mid + 1 } else { hi = mid }
        }
        return lo < ranges.count && ranges[lo].lowerBound < r.upperBound
    }

    /// Walks ascending rows to their positions within the spans (the k-th row the spans hold is at k).
    struct Cursor {
        private let spans: RowSpans
        private var range = 0
        private var base = 0

        init(_ spans: RowSpans) { self.spans = spans }

        /// The position of `row`, or nil when the spans do not hold it. Rows must come in ascending order.
        mutating func position(of row: Int) -> Int? {
            while range < spans.ranges.count, spans.ranges[range].upperBound <= row {
                base += spans.ranges[range].count
                range += 1
            }
            guard range < spans.ranges.count, spans.ranges[range].contains(row) else { return nil }
            return base + row - spans.ranges[range].lowerBound
        }
    }
}
