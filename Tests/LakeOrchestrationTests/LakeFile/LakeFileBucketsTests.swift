import LakeConfig
import Testing

@testable import LakeOrchestration

@Suite struct LakeFileBucketsTests {
    static func example() throws -> (LakeFile, [LakeFileBuckets.Desired]) {
        let lake = try LakeFileLoader.parse(LakeFileExample.text, file: "lake.yaml")
        return (lake, LakeFileBuckets.desired(lake, account: "123456789012"))
    }

    @Test func theExampleBucketsAreTheirNamesKeyAliasAndOwnershipTags() throws {
        let (_, buckets) = try Self.example()
        #expect(buckets.map(\.name) == ["shop-lake-123456789012", "shop-athena-results-123456789012"])
        #expect(buckets.map(\.kmsKey) == ["alias/shop-lake", nil])
        #expect(buckets.allSatisfy { $0.versioning && $0.blockPublicAccess })
        #expect(buckets[0].tags == ["managed-by": "lakectl", "project": "shop-lake"])
        #expect(buckets.map(\.expireAfterDays) == [nil, 30])
        // Rules someone else wrote are kept: the expiration is left out, and said so.
        let theirs = LakeFileBuckets.Live(
            kmsKey: nil, versioning: "Enabled", publicAccessBlocked: true, tags: buckets[1].tags,
            lifecycle: [(id: "archive", expirationDays: 365)])
        #expect(
            LakeFileBuckets.warnings(buckets[1], live: theirs) == [
                "bucket shop-athena-results-123456789012 has lifecycle rules lakectl did not write: expire_after_days "
                    + "is left out so they are kept"
            ])
        #expect(LakeFileBuckets.change(buckets[1], live: theirs).action == .noop)
        #expect(LakeFileBuckets.warnings(buckets[1], live: nil).isEmpty)
        let create = LakeFileBuckets.change(buckets[0], live: nil)
        #expect(create.action == .create && create.kind == "s3 bucket")
        #expect(create.fields.map(\.field) == ["kms key", "versioning", "block public access", "tags"])
    }

    @Test func aMatchingBucketIsNoChangeWhateverOtherTagsItCarries() throws {
        let bucket = try Self.example().1[0]
        let live = LakeFileBuckets.Live(
            kmsKey: "alias/shop-lake", versioning: "Enabled", publicAccessBlocked: true,
            tags: ["managed-by": "lakectl", "project": "shop-lake", "cost-center": "42"])
        #expect(LakeFileBuckets.change(bucket, live: live).action == .noop)
    }

    @Test func anUnversionedOpenUntaggedBucketIsAnUpdateOfThoseFields() throws {
        let bucket = try Self.example().1[1]
        let live = LakeFileBuckets.Live(kmsKey: nil, versioning: nil, publicAccessBlocked: false, tags: ["a": "b"])
        let change = LakeFileBuckets.change(bucket, live: live)
        #expect(change.action == .update)
        #expect(
            change.fields == [
                FieldChange("versioning", old: "Suspended", new: "Enabled"),
                FieldChange("block public access", old: "false", new: "true"),
                FieldChange("tags", old: nil, new: "managed-by=lakectl,project=shop-lake"),
                FieldChange("expire after days", old: nil, new: "30"),
            ])
    }
}
