import AWSCore
import AWSServices
import Foundation
import LakeConfig
import LakeTestSupport
import Testing

@testable import LakeOrchestration

/// KMS keys and buckets in a lake file against the emulator (signature checking on): created with their key, versioning,
/// public access block and tags, a second plan empty; an existing bucket adjusted without losing its other tags;
/// a versioning edit planned as an update of that field alone; apply through the fault proxy converging.
@Suite struct LakeFileBucketsEmulatorTests {
    struct Lake {
        let client: AWSClient
        let suffix: String
        var bucket: String { "data-\(suffix)" }
        var alias: String { "alias/lake-\(suffix)" }

        static func make() throws -> Lake {
            let suffix = UniqueSuffix.make()
            return Lake(client: try EmulatorClients.client(), suffix: String(suffix))
        }

        func text(versioning: Bool = true, description: String? = nil, expire: Int? = nil) -> String {
            """
            version: 1
            region: us-east-1
            tags: { project: lake-\(suffix) }
            kms_keys:
              lake: { alias: \(alias)\(description.map { ", description: \($0)" } ?? "") }
            buckets:
              data:
                name: data-\(suffix)
                kms_key: lake
                versioning: \(versioning)

            """ + (expire.map { "    expire_after_days: \($0)\n" } ?? "")
        }

        func plan(_ text: String, client: AWSClient? = nil) async throws -> LakeFilePlan {
            try await LakeFilePlanner(client: client ?? self.client).plan(
                try LakeFileLoader.parse(text, file: "lake.yaml"), prune: false)
        }

        func apply(_ text: String) async throws {
            let outcome = await LakeFileApplier(client: client).apply(try await plan(text))
            #expect(outcome.failed == nil, "\(outcome.failure ?? "")")
        }

        /// The key the bucket names, made by an operator before the file declared it.
        func makeKey() async throws {
            let kms = KMSClient(client: client)
            try await kms.createAlias(alias, targetKeyId: try await kms.createKey().keyId)
        }

        var s3: S3Client { S3Client(client: client) }
    }

    static func summary(_ plan: LakeFilePlan) -> [String] {
        plan.plan.pending.map { "\($0.action.rawValue) \($0.kind) \($0.id)" }
    }

    @Test func aKeyAndItsBucketAreCreatedThenASecondPlanIsEmpty() async throws {
        let lake = try Lake.make()
        let text = lake.text(description: "lake data", expire: 30)
        let first = try await lake.plan(text)
        #expect(Self.summary(first) == ["create kms key \(lake.alias)", "create s3 bucket \(lake.bucket)"])
        #expect(first.warnings.isEmpty, "\(first.warnings)")
        try await lake.apply(text)
        let second = try await lake.plan(text)
        #expect(second.plan.isEmpty, "\(Self.summary(second))")
        #expect(try await lake.s3.getBucketEncryption(lake.bucket)?.kmsKeyId == lake.alias)
        #expect(try await KMSClient(client: lake.client).describeKey(lake.alias).description == "lake data")
        let rules = try await lake.s3.getBucketLifecycleRules(lake.bucket)
        #expect(rules.map(\.id) == [LakeFileBuckets.expirationRule] && rules.map(\.expirationDays) == [30])
        #expect(try await lake.s3.getBucketVersioning(lake.bucket) == "Enabled")
        #expect(try await lake.s3.getPublicAccessBlocked(lake.bucket))
        #expect(
            try await lake.s3.getBucketTagging(lake.bucket) == [
                "managed-by": "lakectl", "project": "lake-\(lake.suffix)",
            ])
    }

    @Test func anExistingBucketKeepsItsOtherTagsAndAVersioningEditIsThatFieldAlone() async throws {
        let lake = try Lake.make()
        try await lake.makeKey()
        try await lake.s3.createBucket(lake.bucket)
        try await lake.s3.putBucketTagging(lake.bucket, tags: ["owner": "someone"])
        try await lake.s3.putBucketExpiration(lake.bucket, id: "archive", days: 365)
        let plan = try await lake.plan(lake.text(expire: 30))
        #expect(
            plan.warnings.contains { $0.hasPrefix("bucket \(lake.bucket) has lifecycle rules lakectl did not write") })
        #expect(Self.summary(plan) == ["update s3 bucket \(lake.bucket)"])
        #expect(
            plan.plan.pending.first?.fields.map(\.field) == ["kms key", "versioning", "block public access", "tags"])
        try await lake.apply(lake.text(expire: 30))
        #expect(try await lake.plan(lake.text(expire: 30)).plan.isEmpty)
        #expect(try await lake.s3.getBucketTagging(lake.bucket)["owner"] == "someone")
        #expect(try await lake.s3.getBucketLifecycleRules(lake.bucket).map(\.id) == ["archive"])

        let unversioned = lake.text(versioning: false)
        let edit = try await lake.plan(unversioned)
        #expect(edit.plan.pending.map(\.fields) == [[FieldChange("versioning", old: "Enabled", new: "Suspended")]])
        try await lake.apply(unversioned)
        #expect(try await lake.plan(unversioned).plan.isEmpty)
        #expect(try await lake.s3.getBucketVersioning(lake.bucket) == "Suspended")
    }

    @Test(arguments: [5, 17])
    func applyUnderFaultsConvergesWithOneKey(seed: Int) async throws {
        let lake = try Lake.make()
        try await expectConvergesThroughFaults(seed: seed) { try await lake.plan(lake.text(), client: $0) }
        #expect(try await lake.plan(lake.text()).plan.isEmpty)
        #expect(try await lake.s3.getBucketVersioning(lake.bucket) == "Enabled")
        // One usable key for the alias: any other a retried CreateKey made is scheduled for deletion.
        let kms = KMSClient(client: lake.client)
        var usable: [String] = []
        for id in try await kms.allKeyIds()
        where try await kms.keyTags(id).contains(KMSTag(LakeFileKeys.aliasTag, lake.alias)) {
            if try await kms.describeKey(id).keyState == "Enabled" { usable.append(id) }
        }
        #expect(try usable == [await kms.describeKey(lake.alias).keyId])
    }
}
