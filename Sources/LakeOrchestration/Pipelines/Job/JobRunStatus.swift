import AWSServices
import Foundation

/// One run as `job status` shows it.
package struct JobRunStatus: Sendable, Equatable {
    package var id: String
    package var state: String
    package var startedOn: Date?
    package var executionSeconds: Int?
    package var dpuSeconds: Double?
    package var errorMessage: String?

    init(_ run: GlueJobRun) {
        id = run.id
        state = run.state
        startedOn = run.startedOn
        executionSeconds = run.executionTime
        dpuSeconds = run.usedDPUSeconds
        errorMessage = run.errorMessage
    }
}
