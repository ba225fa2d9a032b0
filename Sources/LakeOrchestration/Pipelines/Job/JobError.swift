/// Why a job could not be deployed or run; each message says what to do next.
package enum JobError: Error, Sendable, Equatable, CustomStringConvertible {
    case notFound(job: String)
    case runNotFound(job: String, runId: String)
    /// Another run holds the job's only concurrent slot.
    case alreadyRunning(job: String, runId: String)
    case invalid(String)

    package var description: String {
        switch self {
        case .notFound(let job):
            return "no Glue job named \(job) in this account and region; deploy it with "
                + "lakectl job deploy \(job) --script FILE"
        case .runNotFound(let job, let runId):
            return "job \(job) has no run \(runId); list its runs with lakectl job status \(job)"
        case .alreadyRunning(let job, let runId):
            return "job \(job) is already running (run \(runId)); wait for it with lakectl job status \(job) \(runId)"
        case .invalid(let message):
            return message
        }
    }
}
