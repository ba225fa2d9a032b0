/// Why `ingest stream` stopped. Each message says what failed, why, and what to do.
package enum StreamIngestError: Error, Sendable, Equatable, CustomStringConvertible {
    case cannotOpen(path: String)
    case invalidOption(String)
    /// A PutRecordBatch call kept failing as a whole; `resumeLine` is the first line of its batch.
    case callFailed(stream: String, resumeLine: Int, attempts: Int, reason: String)

    package var description: String {
        switch self {
        case .cannotOpen(let path):
            return "cannot open \(path) for reading; check the path and its permissions"
        case .invalidOption(let message):
            return message
        case .callFailed(let stream, let line, let attempts, let reason):
            return
                "PutRecordBatch to stream \(stream) failed \(attempts) time(s): \(reason); records from line \(line) "
                + "may not have arrived — fix the cause and re-run with --skip-lines \(line - 1) "
                + "(Firehose delivers at least once, so a few records after that line may arrive twice)"
        }
    }
}
