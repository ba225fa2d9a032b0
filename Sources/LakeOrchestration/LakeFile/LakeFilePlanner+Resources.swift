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
        let s3 = S3Client(client: client)
        for bucket in LakeFileBuckets.desired(lake, account: account) {
            var live: LakeFileBuckets.Live?
            do {
                try await s3.headBucket(bucket.name)
                live = LakeFileBuckets.Live(
                    kmsKey: try await s3.getBucketEncryption(bucket.name)?.kmsKeyId,
                    versioning: try await s3.getBucketVersioning(bucket.name),
                    publicAccessBlocked: try await s3.getPublicAccessBlocked(bucket.name),
                    tags: try await s3.getBucketTagging(bucket.name),
                    lifecycle: bucket.expireAfterDays == nil ? [] : try await s3.getBucketLifecycleRules(bucket.name))
            } catch let error as AWSError where error.hasCode(S3Client.ErrorCode.noSuchBucket) {
                live = nil
            }
            out.warnings += LakeFileBuckets.warnings(bucket, live: live)
            out.add(
                LakeFileBuckets.change(bucket, live: live),
                .ensureBucket(
                    name: bucket.name, kmsKey: bucket.kmsKey, versioning: bucket.versioning,
                    blockPublicAccess: bucket.blockPublicAccess, tags: bucket.tags,
                    expireAfterDays: bucket.expireAfterDays))
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
            if crawler.role == nil, live != nil {
                try await planRolePolicy(
                    role: CrawlPipeline.roleName(crawler: crawler.name), account: account, into: &out
                ) {
                    try await LakeFileGeneratedPolicies(client: client).crawler(paths: crawler.paths)
                }
            }
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
            if job.role == nil, live != nil {
                try await planRolePolicy(role: JobPipeline.roleName(job: job.name), account: account, into: &out) {
                    try await LakeFileGeneratedPolicies(client: client).job(job.job).document
                }
            }
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

    /// Each snapshot export as `ingest snapshot --plan` shows it; an export still running is one pending change
    /// (apply finds it and, once it completes, catalogs its tables), so the plan is empty only when it is done.
    func planSnapshots(_ lake: LakeFile, account: String, into out: inout LakeFilePlan) async throws {
        let pipeline = SnapshotExportPipeline(client: client)
        for request in LakeFileSnapshots.requests(lake, account: account) {
            let step = LakeFileStep.exportSnapshot(
                snapshot: request.snapshot, bucket: request.bucket, prefix: request.prefix, kmsKey: request.kmsKey,
                role: request.roleName, exportOnly: request.exportOnly, catalog: request.catalogDatabase)
            let plan: Plan
            do {
                plan = try await pipeline.plan(request)
            } catch let error as AWSError
                where error.hasCode(RDSClient.ErrorCode.dbSnapshotNotFound)
                || error.hasCode(RDSClient.ErrorCode.dbClusterSnapshotNotFound)
            {
                out.warnings.append("snapshot \(request.snapshot) does not exist: its export is not planned")
                continue
            } catch let error as AWSError
                where error.hasCode(KMSClient.ErrorCode.notFound) || error.hasCode(S3Client.ErrorCode.noSuchBucket)
            {
                // Its key or bucket is made earlier in this plan: the export is planned whole, read in full once
                // they exist (the next plan).
                out.add(
                    PlannedChange(
                        action: .create, kind: ExportTaskResource.kind, id: request.snapshot,
                        fields: [
                            FieldChange("destination", old: nil, new: "s3://\(request.bucket)/\(request.prefix)"),
                            FieldChange("kms key", old: nil, new: request.kmsKey),
                            FieldChange("catalog", old: nil, new: request.catalogDatabase),
                        ]), step)
                continue
            }
            var first = true
            for change in plan.changes {
                out.add(change, first && change.action != .noop ? step : .none)
                if change.action != .noop { first = false }
            }
            guard first, let task = plan.changes.first(where: { $0.kind == ExportTaskResource.kind }) else { continue }
            let live = try await RDSClient(client: client).describeExportTask(task.id)
            if live.status != .complete {
                out.add(
                    PlannedChange(
                        action: .update, kind: ExportTaskResource.kind, id: task.id,
                        fields: [FieldChange("status", old: live.status.description, new: "COMPLETE")]),
                    step)
            }
        }
    }
}
