/// A stream that cannot be created or brought in line; each message says why and what to do.
package enum StreamSpecError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Refused before any call: what Firehose would reject.
    case invalid(String)
    /// The live stream differs in what UpdateDestination cannot change (its destination type).
    case differs(stream: String, fields: [String])
    case notFound(stream: String)
    /// The stream did not turn ACTIVE in time, or failed to.
    case notActive(stream: String, status: String)

    package var description: String {
        switch self {
        case .invalid(let message):
            return message
        case .differs(let stream, let fields):
            return "stream \(stream) already exists with a different \(fields.joined(separator: ", ")), which "
                + "lakectl cannot update in place: delete it (lakectl stream delete \(stream)) "
                + "and create it again, or use another name"
        case .notFound(let stream):
            return "no delivery stream named \(stream) in this account and region; list them with lakectl stream list"
        case .notActive(let stream, let status):
            return "stream \(stream) is \(status), not ACTIVE; check it with lakectl stream show \(stream)"
        }
    }
}
