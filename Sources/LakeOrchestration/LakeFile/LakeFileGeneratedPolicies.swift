import AWSCore
import AWSServices

/// The documents of the roles lakectl generates for a lake file's crawlers and jobs (`role: auto`), computed the
/// same way by the plan (to show drift) and by apply (to write them): the places they read and write, and the
/// default KMS keys of those places' buckets as S3 reports them now.
struct LakeFileGeneratedPolicies: Sendable {
    let client: AWSClient

    /// A bucket's default key as an ARN (the policy names keys by ARN), nil when it has none.
    func keyArn(bucket: String) async throws -> String? {
        guard let key = try await S3Client(client: client).defaultKMSKey(bucket) else { return nil }
        return key.hasPrefix("arn:") ? key : try await KMSClient(client: client).describeKey(key).arn
    }

    /// `glue-crawler`'s policy over the crawler's `s3://` paths.
    func crawler(paths: [String]) async throws -> PolicyDocument {
        var targets: [(location: S3Location, keyArn: String?)] = []
        for path in paths {
            let location = try S3Location.parse(bucket: path)
            targets.append((location, try await keyArn(bucket: location.bucket)))
        }
        return LakeFileCrawlers.policy(targets)
    }

    /// The scripts location is the folder of the job's script; the places are the `s3://` arguments.
    func job(_ job: GlueJob) async throws -> (scripts: S3Location, document: PolicyDocument) {
        let url = try S3Location.parse(bucket: job.command?.scriptLocation ?? "")
        let scripts = S3Location(
            bucket: url.bucket, prefix: url.prefix.split(separator: "/").dropLast().joined(separator: "/"))
        let arguments = job.defaultArguments ?? [:]
        var keyArns: [String] = []
        for bucket in Set([scripts.bucket] + LakeFileJobs.places(arguments).map(\.bucket)).sorted() {
            if let key = try await keyArn(bucket: bucket) { keyArns.append(key) }
        }
        return (scripts, LakeFileJobs.policy(scripts: scripts, arguments: arguments, keyArns: keyArns))
    }
}
