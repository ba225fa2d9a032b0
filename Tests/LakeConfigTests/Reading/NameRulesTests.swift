import Testing

@testable import LakeConfig

@Suite struct NameRulesTests {
    @Test func bucketNamesFollowS3Rules() {
        #expect(BucketName.problem("shop-lake-${account}") == nil)
        #expect(BucketName.problem("ab") != nil)
        #expect(BucketName.problem("a..b") != nil)
        #expect(BucketName.problem("192.168.1.1") != nil)
        #expect(BucketName.problem("-lake") != nil)
        #expect(BucketName.problem("xn--lake") != nil)
        #expect(BucketName.problem(String(repeating: "a", count: 52) + "-${account}") != nil)  // 65 after substitution
    }

    @Test func principalARNs() {
        #expect(PrincipalARN.isValid("arn:aws:iam::${account}:role/lake-admin"))
        #expect(PrincipalARN.isValid("arn:aws:iam::123456789012:user/ops/alice"))
        #expect(PrincipalARN.isValid("arn:aws:iam::123456789012:root"))
        #expect(!PrincipalARN.isValid("arn:aws:iam::123456789012:group/x"))
        #expect(!PrincipalARN.isValid("arn:aws:s3:::bucket"))
        #expect(
            PrincipalARN.isRole("arn:aws:iam::123456789012:role/a")
                && !PrincipalARN.isRole("arn:aws:iam::123456789012:root"))
    }
}
