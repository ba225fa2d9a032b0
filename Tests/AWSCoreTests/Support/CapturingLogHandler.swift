import Logging

/// Collects log lines with their metadata.
final class CapturedLogs: @unchecked Sendable {
    // @unchecked Sendable: `lines` is only touched under `lock`.
    private let lock = NSLockBox()
    private var lines: [String] = []

    func append(_ line: String) { lock.run { lines.append(line) } }
    var text: String { lock.run { lines.joined(separator: "\n") } }
}

struct CapturingLogHandler: LogHandler {
    let sink: CapturedLogs
    var logLevel: Logger.Level = .trace
    var metadata: Logger.Metadata = [:]

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let fields = (event.metadata ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(
            separator: ", ")
        sink.append("\(event.level) \(event.message) [\(fields)]")
    }
}
