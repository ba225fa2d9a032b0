import AWSCore
import AWSServices

extension LakeFileApplier {
    /// Deletes one resource `--prune` planned to delete. A resource already gone (a retried delete that went
    /// through) is fine; a bucket or database is looked at again first and left, failing the apply, when it is no
    /// longer empty (objects or tables arrived since the plan).
    func prune(_ target: LakeFilePruneTarget) async throws {
        switch target {
        case .crawler(let name):
            do {
                try await GlueClient(client: client).deleteCrawler(name)
            } catch let error as AWSError where error.hasCode(GlueClient.ErrorCode.entityNotFound) {
                return
            }
        case .job(let name):
            try await GlueClient(client: client).deleteJob(name)  // Glue answers a missing job with its name
        case .stream(let name):
            do {
                try await FirehoseClient(client: client).deleteDeliveryStream(name: name)
            } catch let error as AWSError where error.hasCode(FirehoseClient.ErrorCode.resourceNotFound) {
                return
            }
        case .workgroup(let name):
            _ = try await WorkgroupPipeline(client: client).delete(name)
        case .key(let keyId, let aliases):
            let kms = KMSClient(client: client)
            for alias in aliases {
                do {
                    try await kms.deleteAlias(alias)
                } catch let error as AWSError where error.hasCode(KMSClient.ErrorCode.notFound) {
                    continue
                }
            }
            do {
                _ = try await kms.scheduleKeyDeletion(keyId, pendingWindowInDays: 7)
            } catch let error as AWSError where error.hasCode(KMSClient.ErrorCode.invalidState) {
                return  // a retried schedule that went through: already pending deletion
            }
        case .bucket(let name):
            let s3 = S3Client(client: client)
            do {
                if try await !s3.listObjectsV2(bucket: name, maxKeys: 1).objects.isEmpty {
                    throw LakeFileError.notEmpty(kind: "bucket", name: name, holding: "objects")
                }
                try await s3.deleteBucket(name)
            } catch let error as AWSError where error.hasCode(S3Client.ErrorCode.noSuchBucket) {
                return
            }
        case .database(let name):
            let glue = GlueClient(client: client)
            do {
                if try await !glue.allTables(database: name).isEmpty {
                    throw LakeFileError.notEmpty(kind: "database", name: name, holding: "tables")
                }
                try await glue.deleteDatabase(name)
            } catch let error as AWSError where error.hasCode(GlueClient.ErrorCode.entityNotFound) {
                return
            }
        case .generatedRole(let name, let policyArn):
            // The role goes last: until it is gone, the resource being pruned still names it, so a re-run finds it.
            let iam = IAMClient(client: client)
            do {
                for policy in try await iam.listAttachedRolePolicies(roleName: name) {
                    try await iam.detachRolePolicy(roleName: name, policyArn: policy.policyArn)
                }
                for inline in try await iam.listRolePolicies(roleName: name) {
                    try await iam.deleteRolePolicy(roleName: name, policyName: inline)
                }
            } catch let error as AWSError where error.hasCode(IAMClient.ErrorCode.noSuchEntity) {
                return  // gone already: a retried delete went through
            }
            do {
                // Refused, naming them, while roles other than this one still use it.
                _ = try await IAMResources(iam: iam).deleteManagedPolicy(policyArn)
            } catch ResourceError.policyNotFound {
                // Never made (a role given its policy inline) or deleted by an earlier attempt.
            }
            do {
                try await iam.deleteRole(name: name)
            } catch let error as AWSError where error.hasCode(IAMClient.ErrorCode.noSuchEntity) {
                return
            }
        case .tagAssignment(let database, let table, let column, let key, let value):
            let target: TagTarget =
                column.map { .columns(database: database, table: table, names: [$0]) }
                ?? .table(database: database, name: table)
            _ = try await governance.unassignTags([TagKeyValues(key: key, values: [value])], from: target)
        }
    }
}
