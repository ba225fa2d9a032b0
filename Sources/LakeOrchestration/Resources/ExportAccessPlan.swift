import AWSCore
import AWSServices

/// The access an export needs, read and compared but not yet written: the destination's policy, the
/// role with it attached, and the key policy statement for the role. With `--role ARN` only the key
/// grant is planned; the role is used as it is, with no IAM call.
package struct ExportAccessPlan: Sendable {
    package let policy: PlannedStep<ManagedPolicyResource>?
    package let role: PlannedStep<RoleResource>?
    package let grant: PlannedStep<KeyGrantResource>
    /// The role's ARN: read, given, or (when it is still to be created) predicted from the account.
    package let roleArn: String
    package let keyArn: String

    package var changes: [PlannedChange] { [policy?.change, role?.change, grant.change].compactMap { $0 } }

    /// - Parameters:
    ///   - roleArn: an existing role to use as is (no IAM calls); nil to plan `roleName` and its policy.
    package static func make(
        iam: IAMResources, kms: KMSClient, roleName: String, roleArn: String?, location: S3Location, keyArn: String
    ) async throws -> ExportAccessPlan {
        if let roleArn {
            let grant = try await PlannedStep(
                kind: KeyGrantResource(kms: kms), desired: .init(keyId: keyArn, roleArn: roleArn))
            return ExportAccessPlan(policy: nil, role: nil, grant: grant, roleArn: roleArn, keyArn: keyArn)
        }
        let prefix = location.prefix.isEmpty ? nil : location.prefix
        let document = PolicyGenerator.forRDSExport(bucket: location.bucket, prefix: prefix, kmsKeyArn: keyArn)
        let policyName = ExportAccess.policyName(roleName: roleName, location: location)
        let policy = try await PlannedStep(
            kind: ManagedPolicyResource(resources: iam),
            desired: .init(
                name: policyName, document: document,
                description: "RDS snapshot export to s3://\(location.bucket)/\(location.prefix) (lakectl)",
                mayNarrow: false))
        let arns = CallerARNs(sts: STSClient(client: iam.iam.client))
        var policyArn = policy.live?.policy.arn ?? ""
        if policyArn.isEmpty { policyArn = try await arns.arn(iam: "policy/\(policyName)") }
        let role = try await PlannedStep(
            kind: RoleResource(resources: iam),
            desired: .init(
                name: roleName, trust: TrustPolicy.service(ExportAccess.servicePrincipal), attach: [policyArn]))
        var roleArn = role.live?.role.arn ?? ""
        if roleArn.isEmpty { roleArn = try await arns.arn(iam: "role/\(roleName)") }
        let grant = try await PlannedStep(
            kind: KeyGrantResource(kms: kms), desired: .init(keyId: keyArn, roleArn: roleArn))
        return ExportAccessPlan(policy: policy, role: role, grant: grant, roleArn: roleArn, keyArn: keyArn)
    }

    /// Applies the plan in order (policy, role, key grant), reporting each step as it is done.
    package func apply(events: (ExportAccess.Step) -> Void = { _ in }) async throws -> ExportAccess {
        var steps: [ExportAccess.Step] = []
        var arn = roleArn
        if let policy {
            let done = try await policy.apply()
            steps.append(ExportAccess.Step(resource: "export policy", arn: done.arn, change: done.change))
            events(steps[steps.count - 1])
        }
        if let role {
            let done = try await role.apply()
            arn = done.arn
            steps.append(ExportAccess.Step(resource: "export role", arn: done.arn, change: done.change))
            events(steps[steps.count - 1])
        }
        let granted = try await grant.apply()
        steps.append(ExportAccess.Step(resource: "key policy", arn: keyArn, change: granted))
        events(steps[steps.count - 1])
        return ExportAccess(roleArn: arn, keyArn: keyArn, steps: steps)
    }
}

/// ARNs of IAM resources not created yet, from the caller's account and partition (STS
/// GetCallerIdentity needs no permission). Looked up at most once, and only when needed.
final class CallerARNs: @unchecked Sendable {
    // @unchecked Sendable: used from one task at a time while a plan is built.
    private let sts: STSClient
    private var prefix: String?

    init(sts: STSClient) {
        self.sts = sts
    }

    func arn(iam resource: String) async throws -> String {
        if let prefix { return prefix + resource }
        let identity = try await sts.getCallerIdentity()
        let partition = identity.arn.split(separator: ":").dropFirst().first.map(String.init) ?? "aws"
        let made = "arn:\(partition):iam::\(identity.account):"
        prefix = made
        return made + resource
    }
}
