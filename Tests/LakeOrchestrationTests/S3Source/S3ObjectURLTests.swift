import Testing

@testable import LakeCodec
@testable import LakeOrchestration

@Suite struct S3ObjectURLTests {
    @Test func parsesObjectsAndPrefixes() throws {
        let object = try S3ObjectURL.parse("s3://my-lake/raw/orders/part-0.parquet")
        #expect(object.bucket == "my-lake")
        #expect(object.key == "raw/orders/part-0.parquet")
        #expect(!object.isPrefix)
        #expect(object.description == "s3://my-lake/raw/orders/part-0.parquet")
        #expect(try S3ObjectURL.parse("s3://my-lake/raw/orders/").isPrefix)
        #expect(try S3ObjectURL.parse("s3://my-lake").isPrefix)
        #expect(try S3ObjectURL.parse("s3://my-lake").key == "")
    }

    @Test func rejectsOtherSchemesAndBadBuckets() {
        #expect(!S3ObjectURL.isS3("data/orders.parquet"))
        #expect(throws: S3LocationError.self) { try S3ObjectURL.parse("gs://bucket/key") }
        #expect(throws: S3LocationError.self) { try S3ObjectURL.parse("s3://Bad_Bucket/key") }
    }

    @Test func tableNamesAreToldApartFromFiles() {
        #expect(LakeSession.isTableName("shop.orders"))
        #expect(!LakeSession.isTableName("orders.parquet"))
        #expect(!LakeSession.isTableName("data/shop.orders"))
        #expect(!LakeSession.isTableName("a.b.c"))
        #expect(!LakeSession.isTableName("s3://b/k"))
    }

    @Test func largeRangesAreSplitIntoBoundedRequests() {
        let parts = S3ByteSource.split(ByteRange(offset: 10, count: S3ByteSource.maxRequestSize * 2 + 5))
        #expect(parts.count == 3)
        #expect(parts.map(\.count).reduce(0, +) == S3ByteSource.maxRequestSize * 2 + 5)
        #expect(parts.last?.end == 10 + S3ByteSource.maxRequestSize * 2 + 5)
    }
}
