import LakeConfig

/// `{ workgroup: W }` grants: an inline policy `lakectl-athena-W` on each of the team's IAM roles, allowing
/// Athena in W alone, the catalog reads Athena makes (with `lakeformation:GetDataAccess`, which governed tables
/// need), and reading and writing W's result location. Lake Formation still decides which data each role sees.
/// Principals that are not IAM roles are said in a warning: their policies are not planned.
enum LakeFileWorkgroupAccess {
    static let kind = "iam role policy"

    struct Desired: Sendable, Equatable {
        var role: String
        var policyName: String
        var document: PolicyDocument

        var id: String { "\(role)/\(policyName)" }
    }

    static func desired(_ lake: LakeFile, account: String, region: String) -> (access: [Desired], warnings: [String]) {
        let workgroups = Dictionary(lake.workgroups.map { ($0.name, $0) }) { a, _ in a }
        var access: [Desired] = []
        var warnings: [String] = []
        for team in lake.teams {
            for grant in team.grants {
                guard case .workgroup(let reference) = grant.target, let workgroup = workgroups[reference.name]
                else { continue }
                let output = lake.substitute(workgroup.output, account: account)
                let document = policy(workgroup: workgroup.name, output: output, account: account, region: region)
                for principal in team.principals.map({ lake.substitute($0, account: account) }) {
                    guard let role = roleName(principal) else {
                        warnings.append(
                            "team \(team.name): \(principal) is not an IAM role; its Athena access to workgroup "
                                + "\(workgroup.name) is not planned")
                        continue
                    }
                    let desired = Desired(
                        role: role, policyName: String("lakectl-athena-\(workgroup.name)".prefix(128)),
                        document: document)
                    if !access.contains(where: { $0.id == desired.id }) { access.append(desired) }
                }
            }
        }
        return (access, warnings)
    }

    /// `arn:aws:iam::ACCOUNT:role/[path/]NAME` → NAME.
    static func roleName(_ principal: String) -> String? {
        guard principal.hasPrefix("arn:"), let range = principal.range(of: ":role/") else { return nil }
        return principal[range.upperBound...].split(separator: "/").last.map(String.init)
    }

    static func policy(workgroup: String, output: String, account: String, region: String) -> PolicyDocument {
        var statements = [
            PolicyStatement(
                sid: "Workgroup",
                action: [
                    "athena:StartQueryExecution", "athena:GetQueryExecution", "athena:GetQueryResults",
                    "athena:StopQueryExecution", "athena:GetWorkGroup", "athena:ListQueryExecutions",
                    "athena:BatchGetQueryExecution",
                ],
                resource: ["arn:aws:athena:\(region):\(account):workgroup/\(workgroup)"]),
            PolicyStatement(
                sid: "Catalog",
                action: [
                    "glue:GetDatabase", "glue:GetDatabases", "glue:GetTable", "glue:GetTables", "glue:GetPartition",
                    "glue:GetPartitions", "lakeformation:GetDataAccess",
                ],
                resource: ["*"]),
        ]
        if let results = try? S3Location.parse(bucket: output) {
            statements.append(
                PolicyGenerator.bucketStatement(
                    sid: "ResultsBucket", bucket: results.bucket, actions: ["s3:ListBucket", "s3:GetBucketLocation"]))
            statements.append(
                PolicyGenerator.objectStatement(
                    sid: "Results", bucket: results.bucket, prefix: results.prefix.isEmpty ? nil : results.prefix,
                    actions: ["s3:GetObject", "s3:PutObject", "s3:AbortMultipartUpload"]))
        }
        return PolicyDocument(statements: statements)
    }

    /// Create when the role has no such policy, update when its document means something else (compared as
    /// documents, so IAM's reformatting is no change).
    static func change(_ desired: Desired, live: PolicyDocument?, liveText: String?) -> PlannedChange {
        let want = desired.document.canonicalJSON(pretty: false)
        guard let liveText else {
            return PlannedChange(
                action: .create, kind: kind, id: desired.id, fields: [FieldChange("document", old: nil, new: want)])
        }
        if let live, live == desired.document { return .noop(kind: kind, id: desired.id) }
        return PlannedChange(
            action: .update, kind: kind, id: desired.id,
            fields: [FieldChange("document", old: live?.canonicalJSON(pretty: false) ?? liveText, new: want)])
    }
}
