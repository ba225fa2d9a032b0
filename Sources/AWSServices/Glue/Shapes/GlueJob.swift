import Foundation

/// A job definition (API_Job, API_JobUpdate): the fields lakectl deploys and compares. The same shape is
/// sent as CreateJob's fields and as UpdateJob's `JobUpdate` — UpdateJob replaces the whole definition, so
/// every field lakectl manages is always sent.
package struct GlueJob: Codable, Sendable, Equatable {
    package var name: String?
    package var role: String?
    package var command: GlueJobCommand?
    package var description: String?
    package var defaultArguments: [String: String]?
    package var glueVersion: String?
    package var workerType: String?
    package var numberOfWorkers: Int?
    package var timeout: Int?
    package var maxRetries: Int?

    package init(
        name: String? = nil, role: String? = nil, command: GlueJobCommand? = nil, description: String? = nil,
        defaultArguments: [String: String]? = nil, glueVersion: String? = nil, workerType: String? = nil,
        numberOfWorkers: Int? = nil, timeout: Int? = nil, maxRetries: Int? = nil
    ) {
        self.name = name
        self.role = role
        self.command = command
        self.description = description
        self.defaultArguments = defaultArguments
        self.glueVersion = glueVersion
        self.workerType = workerType
        self.numberOfWorkers = numberOfWorkers
        self.timeout = timeout
        self.maxRetries = maxRetries
    }

    enum CodingKeys: String, CodingKey {
        case name = "Name", role = "Role", command = "Command", description = "Description"
        case defaultArguments = "DefaultArguments", glueVersion = "GlueVersion", workerType = "WorkerType"
        case numberOfWorkers = "NumberOfWorkers", timeout = "Timeout", maxRetries = "MaxRetries"
    }
}

/// What a job runs (API_JobCommand): `glueetl` (Spark), `pythonshell` or `gluestreaming`, and the
/// script's S3 location.
package struct GlueJobCommand: Codable, Sendable, Equatable {
    package var name: String?
    package var scriptLocation: String?
    package var pythonVersion: String?

    package init(name: String?, scriptLocation: String?, pythonVersion: String? = nil) {
        self.name = name
        self.scriptLocation = scriptLocation
        self.pythonVersion = pythonVersion
    }

    enum CodingKeys: String, CodingKey {
        case name = "Name", scriptLocation = "ScriptLocation", pythonVersion = "PythonVersion"
    }
}
