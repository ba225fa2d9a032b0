/// Where an execution is in its lifecycle (API_QueryExecutionStatus). The last three are final.
package enum AthenaQueryState: String, Codable, Sendable, Equatable {
    case queued = "QUEUED", running = "RUNNING", succeeded = "SUCCEEDED", failed = "FAILED"
    case cancelled = "CANCELLED"

    package var isFinal: Bool { self == .succeeded || self == .failed || self == .cancelled }
}
