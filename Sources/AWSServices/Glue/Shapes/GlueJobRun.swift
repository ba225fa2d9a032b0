import Foundation

/// One run of a job (API_JobRun): the fields `job run` and `job status` report.
package struct GlueJobRun: Decodable, Sendable, Equatable {
    package var id: String
    package var jobName: String?
    /// `STARTING`, `RUNNING`, `STOPPING`, `STOPPED`, `SUCCEEDED`, `FAILED`, `TIMEOUT`, `ERROR`, `WAITING`,
    /// `EXPIRED`.
    package var state: String
    package var startedOn: Date?
    package var completedOn: Date?
    /// Seconds the run used resources.
    package var executionTime: Int?
    package var errorMessage: String?
    /// DPU-seconds consumed (Flex and auto-scaling jobs; lakectl shows it when present).
    package var dpuSeconds: Double?
    package var logGroupName: String?
    package var arguments: [String: String]?
    package var numberOfWorkers: Int?
    package var workerType: String?

    package init(
        id: String, jobName: String? = nil, state: String, startedOn: Date? = nil, completedOn: Date? = nil,
        executionTime: Int? = nil, errorMessage: String? = nil, dpuSeconds: Double? = nil,
        logGroupName: String? = nil, arguments: [String: String]? = nil, numberOfWorkers: Int? = nil,
        workerType: String? = nil
    ) {
        self.id = id
        self.jobName = jobName
        self.state = state
        self.startedOn = startedOn
        self.completedOn = completedOn
        self.executionTime = executionTime
        self.errorMessage = errorMessage
        self.dpuSeconds = dpuSeconds
        self.logGroupName = logGroupName
        self.arguments = arguments
        self.numberOfWorkers = numberOfWorkers
        self.workerType = workerType
    }

    /// The run has ended, one way or another.
    package var isFinished: Bool {
        ["STOPPED", "SUCCEEDED", "FAILED", "TIMEOUT", "ERROR", "EXPIRED"].contains(state)
    }

    enum CodingKeys: String, CodingKey {
        case id = "Id", jobName = "JobName", state = "JobRunState", startedOn = "StartedOn"
        case completedOn = "CompletedOn", executionTime = "ExecutionTime", errorMessage = "ErrorMessage"
        case dpuSeconds = "DPUSeconds", logGroupName = "LogGroupName", arguments = "Arguments"
        case numberOfWorkers = "NumberOfWorkers", workerType = "WorkerType"
    }
}
