/// A job as `job deploy` wants it. `roleArn` nil means "ensure lakectl's role" (the `glue-job` policy
/// generator over the scripts location); `scriptsLocation` nil means Glue's own default,
/// `s3://aws-glue-assets-ACCOUNT-REGION/scripts/`.
package struct JobSpec: Sendable, Equatable {
    package var name: String
    package var script: [UInt8]
    package var scriptFileName: String
    package var roleArn: String?
    package var glueVersion: String
    package var workerType: String
    package var workers: Int
    package var arguments: [String: String]
    package var scriptsLocation: S3Location?
    /// Where the job reads and writes (`--data-path`): the generated role covers them and the default
    /// KMS keys of their buckets.
    package var dataPaths: [S3Location] = []

    package init(
        name: String, script: [UInt8], scriptFileName: String, roleArn: String? = nil, glueVersion: String = "4.0",
        workerType: String = "G.1X", workers: Int = 2, arguments: [String: String] = [:],
        scriptsLocation: S3Location? = nil, dataPaths: [S3Location] = []
    ) {
        self.dataPaths = dataPaths
        self.name = name
        self.script = script
        self.scriptFileName = scriptFileName
        self.roleArn = roleArn
        self.glueVersion = glueVersion
        self.workerType = workerType
        self.workers = workers
        self.arguments = arguments
        self.scriptsLocation = scriptsLocation
    }
}
