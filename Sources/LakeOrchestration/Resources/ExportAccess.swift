import AWSCore
import AWSServices
import AWSSigV4

/// Everything an RDS snapshot export needs before StartExportTask (PRODUCT.md, `ingest snapshot`;
/// AWS-NOTES B3), ensured in the order that lets each step name the previous one's ARN: the key is
/// usable, the export policy matches, the role trusts `export.rds.amazonaws.com` and has the policy
/// attached, and the key policy lets the role use the key.
///
/// One policy per destination (bucket + prefix): a second export elsewhere adds a policy and attaches
/// it, instead of rewriting the first so that its exports fail (issue 9, item 4).
package struct ExportAccess: Sendable, Equatable {
    /// One ensured resource and what this run did to it, in the order they were ensured.
    package struct Step: Sendable, Equatable {
        package var resource: String
        package var arn: String
        package var change: Change
    }

    package var roleArn: String
    package var keyArn: String
    package var steps: [Step]

    /// True when the run wrote nothing (a re-run of an already prepared export).
    package var isUnchanged: Bool { steps.allSatisfy { $0.change == .unchanged } }

    package static let servicePrincipal = "export.rds.amazonaws.com"

    /// The export policy for one destination: `<role>-<bucket>-<hash of bucket and prefix>`, within
    /// IAM's 128 characters (the bucket part shortened when needed, the hash keeps names apart).
    package static func policyName(roleName: String, location: S3Location) -> String {
        let hash = String(SHA256Digest.hex(Array("\(location.bucket)\n\(location.prefix)".utf8)).prefix(8))
        let budget = 128 - roleName.count - hash.count - 2
        let bucket = String(location.bucket.prefix(max(0, budget)))
        return bucket.isEmpty ? "\(roleName)-\(hash)" : "\(roleName)-\(bucket)-\(hash)"
    }

    /// - Parameters:
    ///   - roleName: the export role; its permission policy is named by `policyName(roleName:location:)`.
    ///   - kmsKey: a key id, ARN, alias name or alias ARN (RDS exports require a customer managed key).
    package static func ensure(
        iam: IAMResources, kms: KMSResources, roleName: String, bucket: String, prefix: String?, kmsKey: String
    ) async throws -> ExportAccess {
        let key = try await kms.usableKey(kmsKey)
        let plan = try await ExportAccessPlan.make(
            iam: iam, kms: kms.kms, roleName: roleName, roleArn: nil,
            location: S3Location(bucket: bucket, prefix: prefix ?? ""), keyArn: key.arn)
        return try await plan.apply()
    }
}
