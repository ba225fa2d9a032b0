import LakeCodec

/// `preview`'s output, for a filter given on the command line and for a principal's grants alike: JSON
/// lines and CSV stream through `cat`'s writer as rows arrive; a table is rendered whole at the end, its
/// columns as wide as the rows shown. Counts down `--limit` so the scan can stop early.
struct PreviewRowWriter {
    private let names: [String]
    private var remaining: Int
    private var stream: CatRowWriter?
    private var records: [[(String, OutputValue)]] = []

    /// `output` is table, jsonl or csv (`preview` refuses json before it reads anything).
    init(names: [String], output: OutputFormat, limit: Int?) {
        self.names = names
        remaining = limit ?? Int.max
        switch output {
        case .csv: stream = CatRowWriter(names: names, output: .csv)
        case .table: stream = nil
        case .json, .jsonl: stream = CatRowWriter(names: names, output: .jsonl)
        }
    }

    /// Writes as many of `rows` as the limit leaves; false once the limit is reached (the scan may stop).
    mutating func write(_ rows: some Collection<[Value]>) -> Bool {
        let shown = rows.prefix(remaining)
        remaining -= shown.count
        if stream != nil {
            stream?.write(shown)
        } else {
            records += shown.map { Array(zip(names, $0.map(ParquetValueOutput.output))) }
        }
        return remaining > 0
    }

    /// The table, with `summary` (how many rows were kept of those read) on stderr; nothing more for the
    /// streaming formats, whose rows are already written.
    func finish(summary: String) {
        guard stream == nil else { return }
        StandardStreams.out(RecordRenderer.render(records: records, columns: names, as: .table))
        StandardStreams.err(summary)
    }
}
