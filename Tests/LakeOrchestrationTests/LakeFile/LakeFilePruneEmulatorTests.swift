import AWSCore
import AWSServices
import Foundation
import LakeConfig
import LakeTestSupport
import Testing

@testable import LakeOrchestration

/// `--prune` for every kind the lake file manages, against the emulator (signature checking on): what the file made
/// and no longer declares is listed as kept without `--prune`, deleted with it (through the fault proxy, converging),
/// a bucket still holding objects is left with a warning, the roles generated for pruned crawlers, jobs and streams
/// go with them (and their policies), and twins made by hand with the same name pattern but
/// without lakectl's mark (or with the mark but not the file's tags) are never touched.
@Suite struct LakeFilePruneEmulatorTests {
    struct Lake {
        let client: AWSClient
        let suffix: String
        let folder: LakeFileFolder

        var database: String { "db_\(suffix)" }
        var gone: String { "gone_\(suffix)" }
        var tagKey: String { "lvl_\(suffix)" }
        var dataBucket: String { "prune-\(suffix)-data" }
        var scriptsBucket: String { "prune-\(suffix)-scripts" }

        static func make() throws -> Lake {
            let suffix = UniqueSuffix.make()
            let lake = Lake(client: try EmulatorClients.client(), suffix: String(suffix), folder: try LakeFileFolder())
            try lake.folder.write("jobs/etl.py", "print('etl')\n")
            return lake
        }

        /// What stays declared: the database whose table carries the tags, and the LF-tag key.
        var kept: String {
            """
            version: 1
            region: us-east-1
            tags: { prune-test: "\(suffix)" }
            databases:
              \(database): {}
            lake_formation:
              tags:
                \(tagKey): [a, b]

            """
        }

        /// Every kind: a key, two buckets (the job's script makes one non-empty), a second database, a crawler, a job,
        /// a stream, a workgroup and a tag assignment.
        var full: String {
            """
            version: 1
            region: us-east-1
            tags: { prune-test: "\(suffix)" }
            kms_keys:
              data: { alias: alias/prune-\(suffix) }
            buckets:
              data: { name: \(dataBucket) }
              scripts: { name: \(scriptsBucket) }
            databases:
              \(database): {}
              \(gone): {}
            crawlers:
              cr-\(suffix):
                database: \(database)
                targets:
                  - { bucket: data, prefix: raw/ }
            jobs:
              job-\(suffix):
                script: jobs/etl.py
                scripts_location: s3://\(scriptsBucket)/scripts/
                glue_version: "4.0"
                worker_type: G.1X
                workers: 2
            streams:
              st-\(suffix):
                bucket: data
                prefix: raw/clicks/
            workgroups:
              wg-\(suffix):
                output: s3://\(dataBucket)/results/
            lake_formation:
              tags:
                \(tagKey): [a, b]
              tag_assignments:
                - { table: \(database).t, tags: { \(tagKey): a } }

            """
        }

        func plan(_ text: String, prune: Bool, client: AWSClient? = nil) async throws -> LakeFilePlan {
            try await LakeFilePlanner(client: client ?? self.client).plan(try folder.load(text), prune: prune)
        }

        func apply(_ text: String, prune: Bool = false) async throws {
            let outcome = await LakeFileApplier(client: client).apply(try await plan(text, prune: prune))
            #expect(outcome.failed == nil, "\(outcome.failure ?? "")")
        }

        /// The governed database and its table, as a crawler would make them (the tag assignment needs the table).
        func makeTable() async throws {
            let glue = GlueClient(client: client)
            try await glue.createDatabase(GlueDatabaseInput(name: database))
            try await glue.createTable(
                database: database,
                GlueTableInput(
                    name: "t",
                    storageDescriptor: .parquet(
                        columns: [GlueColumn(name: "id", type: "bigint")], location: "s3://\(dataBucket)/raw/t/")))
        }

        /// A twin of every kind, made by hand with the same name pattern: untagged, or (`-marked`) with lakectl's
        /// mark alone, as `stream create` or `crawl run --create` would make it outside the lake file.
        func makeTwins() async throws {
            let role = "arn:aws:iam::123456789012:role/hand-\(suffix)"
            let glue = GlueClient(client: client)
            try await glue.createCrawler(
                GlueCrawlerInput(
                    name: "cr-\(suffix)-hand", role: role, databaseName: database,
                    targets: GlueCrawlerTargets(s3Targets: [GlueS3Target(path: "s3://\(dataBucket)/raw/")])))
            try await glue.createCrawler(
                GlueCrawlerInput(
                    name: "cr-\(suffix)-marked", role: role, databaseName: database,
                    targets: GlueCrawlerTargets(s3Targets: [GlueS3Target(path: "s3://\(dataBucket)/raw/")]),
                    tags: [Ownership.key: Ownership.value]))
            try await glue.createJob(
                GlueJob(
                    name: "job-\(suffix)-hand", role: role,
                    command: GlueJobCommand(name: "glueetl", scriptLocation: "s3://\(scriptsBucket)/scripts/etl.py")))
            try await glue.createDatabase(GlueDatabaseInput(name: "hand_\(suffix)"))
            _ = try await FirehoseClient(client: client).createDeliveryStream(
                FirehoseCreateDeliveryStreamRequest(
                    name: "st-\(suffix)-hand",
                    destination: FirehoseS3Destination(roleARN: role, bucketARN: "arn:aws:s3:::\(dataBucket)")))
            try await AthenaClient(client: client).createWorkGroup(
                name: "wg-\(suffix)-hand", description: nil,
                settings: AthenaWorkGroupSettings(
                    outputLocation: nil, bytesScannedCutoffPerQuery: nil, enforceWorkGroupConfiguration: false))
            let kms = KMSClient(client: client)
            let key = try await kms.createKey(tags: [])
            try await kms.createAlias("alias/prune-\(suffix)-hand", targetKeyId: key.keyId)
            let s3 = S3Client(client: client)
            try await s3.createBucket("prune-\(suffix)-hand")
            try await s3.createBucket("prune-\(suffix)-marked")
            try await s3.putBucketTagging("prune-\(suffix)-marked", tags: [Ownership.key: Ownership.value])
            // Another key's tag on the governed table: not one of the file's keys.
            let lf = LakeFormationClient(client: client)
            try await lf.createLFTag(key: "other_\(suffix)", values: ["x"])
            _ = try await lf.addLFTagsToResource(
                LFResource(table: .init(databaseName: database, name: "t")),
                tags: [LFTagPair(tagKey: "other_\(suffix)", tagValues: ["x"])])
        }
    }

    static func summary(_ plan: LakeFilePlan) -> [String] {
        plan.plan.pending.map { "\($0.action.rawValue) \($0.kind) \($0.id)" }
    }

    @Test(arguments: [7])
    func everyKindTheFileMadeIsPrunedAndNothingElse(seed: Int) async throws {
        let lake = try Lake.make()
        defer { lake.folder.remove() }
        try await lake.makeTable()
        try await lake.apply(lake.full)
        let applied = try await lake.plan(lake.full, prune: true)
        #expect(applied.plan.isEmpty, "\(Self.summary(applied))")
        try await lake.makeTwins()
        let s = lake.suffix

        // Without --prune: nothing to do, each one said to be kept.
        let kept = try await lake.plan(lake.kept, prune: false)
        #expect(kept.plan.isEmpty, "\(Self.summary(kept))")
        let notInFile = [
            "iam role lakectl-firehose-st-\(s)", "iam role lakectl-glue-job-job-\(s)",
            "iam role lakectl-glue-crawler-cr-\(s)", "athena workgroup wg-\(s)", "firehose delivery stream st-\(s)",
            "glue job job-\(s)",
            "glue crawler cr-\(s)", "lf tag assignment \(lake.database).t \(lake.tagKey)=a",
            "glue database \(lake.gone)",
            "s3 bucket \(lake.dataBucket)", "s3 bucket \(lake.scriptsBucket)", "kms key alias/prune-\(s)",
        ]
        #expect(
            kept.warnings.filter { $0.contains(s) }
                == notInFile.map { "\($0) is not in the file (kept; --prune deletes it)" })

        // With --prune: one delete each, dependants first; the bucket holding the job's script is left, said so.
        let pruned = try await lake.plan(lake.kept, prune: true)
        #expect(
            Self.summary(pruned) == [
                // The roles generated for them (role: auto), each just before the resources that use them.
                "delete iam role lakectl-firehose-st-\(s)", "delete iam role lakectl-glue-job-job-\(s)",
                "delete iam role lakectl-glue-crawler-cr-\(s)",
                "delete athena workgroup wg-\(s)", "delete firehose delivery stream st-\(s)",
                "delete glue job job-\(s)",
                "delete glue crawler cr-\(s)",
                "delete lf tag assignment \(lake.database).t \(lake.tagKey)=a",
                "delete glue database \(lake.gone)", "delete s3 bucket \(lake.dataBucket)",
                "delete kms key alias/prune-\(s)",
            ])
        #expect(
            pruned.warnings.filter { $0.contains(s) } == [
                "s3 bucket \(lake.scriptsBucket) is not in the file but it still holds objects (empty it first): "
                    + "--prune leaves it"
            ])

        try await expectConvergesThroughFaults(seed: seed, maxAttempts: 4) { client in
            try await lake.plan(lake.kept, prune: true, client: client)
        }

        // Read back without the proxy: the file's resources gone, the key pending deletion without its alias …
        let glue = GlueClient(client: lake.client)
        await #expect(throws: AWSError.self) { try await glue.getCrawler("cr-\(s)") }
        await #expect(throws: AWSError.self) { try await glue.getJob("job-\(s)") }
        await #expect(throws: AWSError.self) { try await glue.getDatabase(lake.gone) }
        await #expect(throws: AWSError.self) {
            try await FirehoseClient(client: lake.client).describeDeliveryStream(name: "st-\(s)")
        }
        await #expect(throws: AWSError.self) {
            try await AthenaClient(client: lake.client).getWorkGroup(name: "wg-\(s)")
        }
        let iam = IAMClient(client: lake.client)
        for role in ["lakectl-firehose-st-\(s)", "lakectl-glue-job-job-\(s)", "lakectl-glue-crawler-cr-\(s)"] {
            await #expect(throws: AWSError.self) { try await iam.getRole(name: role) }
            await #expect(throws: AWSError.self) {
                try await iam.getPolicy(arn: "arn:aws:iam::123456789012:policy/\(role)")
            }
        }
        let s3 = S3Client(client: lake.client)
        await #expect(throws: AWSError.self) { try await s3.headBucket(lake.dataBucket) }
        let kms = KMSClient(client: lake.client)
        await #expect(throws: AWSError.self) { try await kms.describeKey("alias/prune-\(s)") }
        let tags = try await LakeFormationClient(client: lake.client).getResourceLFTags(
            LFResource(table: .init(databaseName: lake.database, name: "t")))
        #expect(tags.table.map { "\($0.tagKey)=\($0.tagValues)" } == ["other_\(s)=[\"x\"]"])
        // … and every twin, and the non-empty bucket, still there.
        _ = try await glue.getCrawler("cr-\(s)-hand")
        _ = try await glue.getCrawler("cr-\(s)-marked")
        _ = try await glue.getJob("job-\(s)-hand")
        _ = try await glue.getDatabase("hand_\(s)")
        _ = try await FirehoseClient(client: lake.client).describeDeliveryStream(name: "st-\(s)-hand")
        _ = try await AthenaClient(client: lake.client).getWorkGroup(name: "wg-\(s)-hand")
        #expect(try await kms.describeKey("alias/prune-\(s)-hand").keyState == "Enabled")
        try await s3.headBucket("prune-\(s)-hand")
        try await s3.headBucket("prune-\(s)-marked")
        try await s3.headBucket(lake.scriptsBucket)
        let after = try await lake.plan(lake.kept, prune: true)
        #expect(after.plan.isEmpty, "\(Self.summary(after))")
    }
}
