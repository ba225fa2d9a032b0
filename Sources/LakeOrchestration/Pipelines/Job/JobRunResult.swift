/// A finished (or, with `--no-wait`, started) job run, and on failure the last lines of its error log.
package struct JobRunResult: Sendable, Equatable {
    package var job: String
    package var runId: String
    package var state: String
    package var executionSeconds: Int?
    package var dpuSeconds: Double?
    package var errorMessage: String?
    package var errorLines: [String]

    package var succeeded: Bool { state == "SUCCEEDED" }
}
