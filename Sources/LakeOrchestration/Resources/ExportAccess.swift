import AWSCore
import AWSServices

/// Everything an RDS snapshot export needs before StartExportTask (PRODUCT.md, `ingest snapshot`;
/// AWS-NOTES B3), ensured in the order that lets each step name the previous one's ARN: the key is
/// usable, the export policy matches, the role trusts `export.rds.amazonaws.com` and has the policy
/// attached, and the key policy lets the role use the key.
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

    /// - Parameters:
    ///   - roleName: the export role; its permission policy is named `<roleName>-policy`.
    ///   - kmsKey: a key id, ARN, alias name or alias ARN (RDS exports require a customer managed key).
    package static func ensure(
        iam: IAMResources, kms: KMSResources, roleName: String, bucket: String, prefix: String?, kmsKey: String
    ) async throws -> ExportAccess {
        let key = try await kms.usableKey(kmsKey)
        let document = PolicyGenerator.forRDSExport(bucket: bucket, prefix: prefix, kmsKeyArn: key.arn)
        let policy = try await iam.ensureManagedPolicy(name: "\(roleName)-policy", document: document)
        let role = try await iam.ensureRole(
            name: roleName, trust: TrustPolicy.service(servicePrincipal), attach: [policy.arn])
        let grant = try await kms.ensureKeyGrantsRole(keyId: key.arn, roleArn: role.arn)
        return ExportAccess(
            roleArn: role.arn, keyArn: key.arn,
            steps: [
                Step(resource: "export policy", arn: policy.arn, change: policy.change),
                Step(resource: "export role", arn: role.arn, change: role.change),
                Step(resource: "key policy", arn: key.arn, change: grant),
            ])
    }
}
