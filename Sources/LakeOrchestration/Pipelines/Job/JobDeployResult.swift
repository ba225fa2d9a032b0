/// What `job deploy` did: the script upload and the job definition, each created, updated or unchanged.
package struct JobDeployResult: Sendable, Equatable {
    package var job: String
    package var scriptLocation: String
    package var script: Change
    package var definition: Change
    package var roleArn: String
}
