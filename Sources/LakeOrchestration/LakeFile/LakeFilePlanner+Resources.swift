import AWSCore
import AWSServices
import LakeConfig

/// The plan of the lake's storage, IAM and Glue resources: KMS keys, buckets, the teams' workgroup policies,
/// crawlers and jobs, each read live and compared by its `LakeFile…` value.
extension LakeFilePlanner {
    func planKeys(_ lake: LakeFile, account: String, into out: inout LakeFilePlan) async throws {
        let kms = KMSClient(client: client)
        for key in LakeFileKeys.desired(lake, account: account) {
            let live: KeyMetadata?
            do {
                live = try await kms.describeKey(key.alias)
            } catch let error as AWSError where error.hasCode(KMSClient.ErrorCode.notFound) {
                live = nil
            }
            out.add(
                LakeFileKeys.change(key, live: live),
                .ensureKey(alias: key.alias, description: key.description, tags: key.tags))
        }
    }

    func planBuckets(_ lake: LakeFile, account: String, into out: inout LakeFilePlan) async throws {
        out.warnings += LakeFileBuckets.warnings(lake)
        let s3 = S3Client(client: client)
        for bucket in LakeFileBuckets.desired(lake, account: account) {
            var live: LakeFileBuckets.Live?
            do {
                try await s3.headBucket(bucket.name)
                live = LakeFileBuckets.Live(
                    kmsKey: try await s3.getBucketEncryption(bucket.name)?.kmsKeyId,
                    versioning: try await s3.getBucketVersioning(bucket.name),
                    publicAccessBlocked: try await s3.getPublicAccessBlocked(bucket.name),
                    tags: try await s3.getBucketTagging(bucket.name))
            } catch let error as AWSError where error.hasCode(S3Client.ErrorCode.noSuchBucket) {
                live = nil
            }
            out.add(
                LakeFileBuckets.change(bucket, live: live),
                .ensureBucket(
                    name: bucket.name, kmsKey: bucket.kmsKey, versioning: bucket.versioning,
                    blockPublicAccess: bucket.blockPublicAccess, tags: bucket.tags))
        }
    }

    func planCrawlers(_ lake: LakeFile, account: String, into out: inout LakeFilePlan) async throws {
        let glue = GlueClient(client: client)
        for crawler in LakeFileCrawlers.desired(lake, account: account) {
            let live: GlueCrawler?
            do {
                live = try await glue.getCrawler(crawler.name)
            } catch let error as AWSError where error.hasCode(GlueClient.ErrorCode.entityNotFound) {
                live = nil
            }
            out.add(
                LakeFileCrawlers.change(crawler, live: live),
                .ensureCrawler(
                    name: crawler.name, database: crawler.database, paths: crawler.paths, schedule: crawler.schedule,
                    tablePrefix: crawler.tablePrefix, role: crawler.role, tags: lake.tags))
        }
    }

    func planJobs(_ lake: LakeFile, account: String, into out: inout LakeFilePlan) async throws {
        let glue = GlueClient(client: client)
        let s3 = S3Client(client: client)
        for job in try LakeFileJobs.desired(lake, account: account) {
            let live: GlueJob?
            do {
                live = try await glue.getJob(job.name)
            } catch let error as AWSError where error.hasCode(GlueClient.ErrorCode.entityNotFound) {
                live = nil
            }
            let script: [UInt8]?
            do {
                script = try await s3.getObject(bucket: job.scriptLocation.bucket, key: job.scriptKey).bytes
            } catch let error as AWSError where error.statusCode == 404 {
                script = nil  // not uploaded yet, or its bucket is still to be made
            }
            out.add(
                LakeFileJobs.change(job, live: live, liveScript: script),
                .ensureJob(job: job.job, script: job.scriptPath, digest: job.digest, role: job.role, tags: lake.tags))
        }
    }

    func planWorkgroupAccess(_ lake: LakeFile, account: String, into out: inout LakeFilePlan) async throws {
        let (access, warnings) = LakeFileWorkgroupAccess.desired(lake, account: account, region: client.region)
        out.warnings += warnings
        let iam = IAMClient(client: client)
        for policy in access {
            var text: String?
            do {
                text = try await iam.getRolePolicy(roleName: policy.role, policyName: policy.policyName).document
            } catch let error as AWSError where error.hasCode(IAMClient.ErrorCode.noSuchEntity) {
                text = nil  // no such policy yet, or no such role: said up front, as a missing table is
                if (try? await iam.getRole(name: policy.role)) == nil {
                    out.warnings.append(
                        "role \(policy.role) does not exist: its Athena policy will fail on apply until the role is "
                            + "created")
                }
            }
            let live = text.flatMap { try? PolicyDocument(json: $0) }
            out.add(
                LakeFileWorkgroupAccess.change(policy, live: live, liveText: text),
                .putRolePolicy(
                    role: policy.role, name: policy.policyName, document: policy.document.canonicalJSON(pretty: false)))
        }
    }
}
