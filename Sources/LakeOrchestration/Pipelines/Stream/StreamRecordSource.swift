/// Where `ingest stream` reads records from: JSON lines (`LineReader`), CSV rows turned into JSON objects
/// (`CSVRecordSource`), or stdin read off the pool (`PipeRecordSource`). One reader per ingest, used by the
/// pipeline's reading loop only.
package protocol StreamRecordSource: AnyObject, Sendable {
    /// The next record with its newline and input line, or nil at the end (or, for a source that can wait
    /// on its input, when the waiting task is cancelled: the pipeline tells the two apart by cancellation).
    func next() async throws -> StreamRecord?
    /// The last input line handed out so far (the resume point when nothing is held back).
    var lineNumber: Int { get }
}

extension LineReader: StreamRecordSource {
    /// A file as a `LineReader`; stdin ("-") read on its own thread, so a producer that goes quiet blocks
    /// neither a cooperative thread nor Ctrl-C.
    package static func source(_ path: String) throws -> any StreamRecordSource {
        let reader = try open(path)
        return path == "-" ? PipeRecordSource(reader) : reader
    }
}
