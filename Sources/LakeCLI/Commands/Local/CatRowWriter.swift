import LakeCodec

/// `cat`'s output, written as rows arrive so a large file streams: JSON lines, CSV (header first) or a
/// table whose column widths settle over the first rows. One writer for a file and for a folder or prefix.
struct CatRowWriter {
    let names: [String]
    let output: RowOutputFormat
    private var table: StreamingTable
    private let csv = CSVWriter()

    init(names: [String], output: RowOutputFormat) {
        self.names = names
        self.output = output
        table = StreamingTable(header: names)
        if output == .csv {
            csv.appendRow(names)
            StandardStreams.out(csv.takeText())
        }
    }

    /// Writes `rows`, each holding at least `names.count` values (extra trailing values are dropped).
    mutating func write(_ rows: some Collection<[Value]>) {
        let kept = rows.map { Array($0.prefix(names.count)) }
        switch output {
        case .table:
            let text = table.add(kept.map { row in row.map { ParquetValueOutput.output($0).tableCell } })
            if !text.isEmpty { StandardStreams.out(text) }
        case .csv:
            for row in kept { csv.appendRow(row.map(ParquetValueOutput.csvField)) }
            if !kept.isEmpty { StandardStreams.out(csv.takeText()) }
        default:
            var buffer: [UInt8] = []
            for row in kept {
                ParquetJSONLines.appendRow(names: names, values: row, to: &buffer)
                buffer.append(UInt8(ascii: "\n"))
            }
            if !buffer.isEmpty { StandardStreams.out(String(decoding: buffer, as: UTF8.self)) }
        }
    }

    /// The rest of a table (nothing for the streaming formats).
    mutating func finish() {
        guard output == .table else { return }
        let rest = table.finish()
        if !rest.isEmpty { StandardStreams.out(rest) }
    }
}
