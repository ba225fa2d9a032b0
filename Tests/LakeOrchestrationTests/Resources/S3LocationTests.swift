import Testing

@testable import LakeOrchestration

/// `--bucket` parsing shared by every command that takes a bucket (issue 9, item 8).
@Suite struct S3LocationTests {
    @Test(
        arguments: [
            ("lake", nil, "lake", ""),
            ("lake", "/exports/", "lake", "exports"),
            ("s3://lake", nil, "lake", ""),
            ("s3://lake/", nil, "lake", ""),
            ("s3://lake/exports/daily/", nil, "lake", "exports/daily"),
            ("S3://lake/exports", "exports", "lake", "exports"),
            ("arn:aws:s3:::lake/exports", nil, "lake", "exports"),
        ] as [(String, String?, String, String)])
    func acceptsNamesAndURLs(text: String, prefix: String?, bucket: String, expected: String) throws {
        #expect(try S3Location.parse(bucket: text, prefix: prefix) == S3Location(bucket: bucket, prefix: expected))
    }

    @Test func refusesWhatIsNotABucketSayingWhy() {
        let url = #expect(throws: S3LocationError.self) { try S3Location.parse(bucket: "https://lake/x") }
        #expect(url == .unsupportedScheme("https://lake/x"))
        let upper = #expect(throws: S3LocationError.self) { try S3Location.parse(bucket: "My_Bucket") }
        #expect(upper?.description.contains("lower-case") == true)
        let conflict = #expect(throws: S3LocationError.self) {
            try S3Location.parse(bucket: "s3://lake/a", prefix: "b")
        }
        #expect(conflict == .conflictingPrefix(url: "s3://lake/a", prefix: "b"))
        #expect(throws: S3LocationError.self) { try S3Location.parse(bucket: "s3://") }
    }

    @Test func aGeneratedPolicyNeverHoldsAnS3URLAsBucket() throws {
        let location = try S3Location.parse(bucket: "s3://lake/exports")
        let policy = PolicyGenerator.forRDSExport(bucket: location.bucket, prefix: location.prefix)
        let resources = policy.statements.flatMap { $0.resource ?? [] }
        #expect(resources.contains("arn:aws:s3:::lake/exports/*"))
        #expect(!resources.contains { $0.contains("s3://") })
    }
}
