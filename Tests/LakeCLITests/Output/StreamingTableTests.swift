import Testing

@testable import LakeCLI

@Suite struct StreamingTableTests {
    /// The column where each cell after the first starts, in terminal columns.
    private func starts(_ line: Substring) -> [Int] {
        var out: [Int] = []
        var col = 0
        var previousSpace = false
        for c in line {
            if c != " " && previousSpace { out.append(col) }
            previousSpace = c == " "
            col += DisplayWidth.of(c)
        }
        return out
    }

    @Test("wide (CJK) characters count two columns, so columns line up")
    func wideCharactersAlign() {
        var table = StreamingTable(header: ["name", "n"])
        _ = table.add([["東京都", "1"], ["ab", "2"], ["한국어텍스트", "3"]])
        let lines = table.finish().split(separator: "\n")
        #expect(lines.count == 5)
        let positions = lines.map(starts)
        #expect(Set(positions).count == 1, "\(lines)")
        #expect(
            TableWriter.render(header: ["名前", "x"], rows: [["ab", "1"]]).split(separator: "\n").map(starts)
                .allSatisfy { $0 == [6] })
    }

    @Test("rows print as soon as the first batch fixes the widths; wide values are cut with an ellipsis")
    func streamsAndTruncates() {
        var table = StreamingTable(header: ["v"])
        #expect(table.add((0..<(StreamingTable.sampleRows - 1)).map { ["\($0)"] }).isEmpty)
        let first = table.add([["x"]])
        #expect(first.split(separator: "\n").count == StreamingTable.sampleRows + 2)
        let later = table.add([[String(repeating: "y", count: 500)]])
        #expect(later == "y…")  // the column is 2 wide ("99")
        #expect(table.finish().isEmpty)
        #expect(DisplayWidth.truncated(String(repeating: "東", count: 30), to: 9) == "東東東東…")
    }
}
