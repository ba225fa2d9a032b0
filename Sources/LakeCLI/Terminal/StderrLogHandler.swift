import Foundation
import Logging

/// swift-log handler for `-v`: one line per message on stderr. Lower layers log only values that are
/// already redacted (AWSCore never hands the Authorization header, a secret or a token to a logger).
struct StderrLogHandler: LogHandler {
    var logLevel: Logger.Level
    var metadata: Logger.Metadata = [:]
    let label: String

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        var merged = metadata
        if let extra = event.metadata { merged.merge(extra) { _, new in new } }
        let meta =
            merged.isEmpty ? "" : " " + merged.sorted { $0.key < $1.key }.map { "\($0)=\($1)" }.joined(separator: " ")
        StandardStreams.err("[\(event.level)] \(label): \(event.message)\(meta)")
    }

    /// `-v` info, `-vv` debug, `-vvv` trace; quiet otherwise but for warnings.
    static func level(forVerbosity count: Int) -> Logger.Level {
        switch count {
        case ...0: return .warning
        case 1: return .info
        case 2: return .debug
        default: return .trace
        }
    }
}
