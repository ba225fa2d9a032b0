/// Plain-text tables for people: a header, a rule, left-aligned columns padded to the widest cell
/// (counted in terminal columns, so CJK and other wide characters line up).
package enum TableWriter {
    package static func render(header: [String], rows: [[String]]) -> String {
        var widths = header.map(DisplayWidth.of)
        for row in rows {
            for (i, cell) in row.enumerated() where i < widths.count {
                widths[i] = max(widths[i], DisplayWidth.of(cell))
            }
        }
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for (i, width) in widths.enumerated() {
                let cell = i < cells.count ? cells[i] : ""
                parts.append(i == widths.count - 1 ? cell : DisplayWidth.padded(cell, to: width))
            }
            return parts.joined(separator: "  ")
        }
        var lines = [line(header), line(widths.map { String(repeating: "-", count: $0) })]
        lines += rows.map(line)
        return lines.joined(separator: "\n")
    }

    /// One record as two columns, field and value: the natural table for a single result (`whoami`).
    package static func render(record fields: [(String, OutputValue)]) -> String {
        let width = fields.map { DisplayWidth.of($0.0) }.max() ?? 0
        return fields.map { key, value in
            DisplayWidth.padded(key, to: width) + "  " + value.cellText
        }.joined(separator: "\n")
    }
}
