import AWSCore

/// Turns an AccessDenied from any call of the snapshot flow into `PipelineError.accessDenied`: the call
/// that was refused, the IAM action it needs, and every action the flow as requested needs, so an
/// operator can ask for all of them at once instead of one failure at a time (issue 9, item 6).
enum AccessHints {
    static let deniedCodes: Set<String> = [
        "AccessDenied", "AccessDeniedException", "UnauthorizedOperation", "AuthorizationError",
    ]

    static func translating<T>(request: SnapshotExportRequest, _ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as AWSError where deniedCodes.contains(error.code) {
            throw PipelineError.accessDenied(
                call: "\(error.service) \(error.operation)", action: action(for: error), needed: needed(for: request),
                roleGiven: request.roleArn != nil)
        }
    }

    /// The IAM action behind a call: `<service prefix>:<operation>`, except where S3 names them apart.
    static func action(for error: AWSError) -> String {
        switch (error.service, error.operation) {
        case ("S3", "HeadBucket"), ("S3", "ListObjectsV2"): return "s3:ListBucket"
        case ("S3", let operation): return "s3:\(operation)"
        case (let service, let operation): return "\(service.lowercased()):\(operation)"
        }
    }

    /// Every action `ingest snapshot` needs for this request: fewer with `--role ARN` (no IAM but
    /// PassRole) and more with `--catalog`.
    static func needed(for request: SnapshotExportRequest) -> [String] {
        var actions = [
            "rds:DescribeDBSnapshots", "rds:DescribeDBClusterSnapshots", "rds:DescribeExportTasks",
            "rds:StartExportTask", "s3:ListBucket", "s3:GetBucketLocation", "kms:DescribeKey", "kms:GetKeyPolicy",
            "kms:PutKeyPolicy", "iam:PassRole",
        ]
        if request.roleArn == nil {
            actions += [
                "iam:ListPolicies", "iam:GetPolicy", "iam:GetPolicyVersion", "iam:ListPolicyVersions",
                "iam:CreatePolicy", "iam:CreatePolicyVersion", "iam:DeletePolicyVersion", "iam:TagPolicy",
                "iam:GetRole", "iam:CreateRole", "iam:TagRole", "iam:UpdateAssumeRolePolicy",
                "iam:ListAttachedRolePolicies", "iam:AttachRolePolicy",
            ]
        }
        if request.catalogDatabase != nil {
            actions += [
                "s3:GetObject", "glue:GetDatabase", "glue:CreateDatabase", "glue:GetTable", "glue:CreateTable",
                "glue:UpdateTable",
            ]
        }
        return actions
    }
}
