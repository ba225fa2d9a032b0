/// An export task's status (API_ExportTask: STARTING, IN_PROGRESS, COMPLETE, CANCELING, CANCELED,
/// FAILED). Parsed case-insensitively because emulators differ (moto answers "complete"); a value AWS
/// adds later is kept as `.other` rather than failing the whole reply.
package enum RDSExportTaskStatus: Sendable, Equatable, CustomStringConvertible {
    case starting
    case inProgress
    case complete
    case canceling
    case canceled
    case failed
    case other(String)

    package init(_ text: String) {
        switch text.uppercased() {
        case "STARTING": self = .starting
        case "IN_PROGRESS": self = .inProgress
        case "COMPLETE": self = .complete
        case "CANCELING": self = .canceling
        case "CANCELED", "CANCELLED": self = .canceled
        case "FAILED": self = .failed
        default: self = .other(text)
        }
    }

    /// True once the task can change no more: waiting stops here.
    package var isFinal: Bool {
        switch self {
        case .complete, .canceled, .failed: return true
        case .starting, .inProgress, .canceling, .other: return false
        }
    }

    /// The API's spelling (upper case), or the unknown text as received.
    package var description: String {
        switch self {
        case .starting: return "STARTING"
        case .inProgress: return "IN_PROGRESS"
        case .complete: return "COMPLETE"
        case .canceling: return "CANCELING"
        case .canceled: return "CANCELED"
        case .failed: return "FAILED"
        case .other(let text): return text
        }
    }
}
