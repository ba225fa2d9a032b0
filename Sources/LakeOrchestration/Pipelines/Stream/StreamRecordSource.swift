/// Where `ingest stream` reads records from: JSON lines (`LineReader`) or CSV rows turned into JSON objects
/// (`CSVRecordSource`). One reader per ingest, used by the pipeline's reading loop only.
package protocol StreamRecordSource: AnyObject, Sendable {
    /// The next record with its newline and input line, or nil at the end.
    func next() throws -> StreamRecord?
    /// The last input line read so far (the resume point when nothing is held back).
    var lineNumber: Int { get }
}

extension LineReader: StreamRecordSource {}
