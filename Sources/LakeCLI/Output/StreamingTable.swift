/// A table printed as rows arrive (`cat --output table`), so `cat big.parquet --output table | head -3`
/// prints at once and holds one batch, not the file. Column widths come from the header and the first
/// `sampleRows` rows; later values wider than their column, and any value wider than `maxCellWidth`, are cut
/// with an ellipsis. Widths count terminal columns (`DisplayWidth`), so CJK text lines up.
struct StreamingTable {
    static let sampleRows = 100
    static let maxCellWidth = 40

    let header: [String]
    private var widths: [Int]?
    private var pending: [[String]] = []

    init(header: [String]) {
        self.header = header
    }

    /// Adds rows; returns the lines ready to print (empty while the first rows are still being sampled).
    mutating func add(_ rows: [[String]]) -> String {
        if let widths { return rows.map { Self.line($0, widths) }.joined(separator: "\n") }
        pending += rows
        guard pending.count >= Self.sampleRows else { return "" }
        return flushPending()
    }

    /// Whatever is still held back (a table shorter than the sample, or no rows at all).
    mutating func finish() -> String {
        widths == nil ? flushPending() : ""
    }

    private mutating func flushPending() -> String {
        var w = header.map { min(Self.maxCellWidth, DisplayWidth.of($0)) }
        for row in pending {
            for (i, cell) in row.enumerated() where i < w.count {
                w[i] = max(w[i], min(Self.maxCellWidth, DisplayWidth.of(cell)))
            }
        }
        widths = w
        var lines = [Self.line(header, w), Self.line(w.map { String(repeating: "-", count: $0) }, w)]
        lines += pending.map { Self.line($0, w) }
        pending = []
        return lines.joined(separator: "\n")
    }

    private static func line(_ cells: [String], _ widths: [Int]) -> String {
        var parts: [String] = []
        for (i, width) in widths.enumerated() {
            let cell = DisplayWidth.truncated(i < cells.count ? cells[i] : "", to: width)
            parts.append(i == widths.count - 1 ? cell : DisplayWidth.padded(cell, to: width))
        }
        return parts.joined(separator: "  ")
    }
}
