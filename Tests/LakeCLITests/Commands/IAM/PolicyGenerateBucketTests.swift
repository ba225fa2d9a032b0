import Foundation
import LakeTestSupport
import Testing

@testable import LakeOrchestration

/// Issue 9, item 8: `iam policy generate --bucket s3://bucket/prefix` is a bucket and a prefix.
@Suite struct PolicyGenerateBucketTests {
    static let offline = [
        "PATH": "/usr/bin:/bin", "AWS_CONFIG_FILE": "/dev/null", "AWS_SHARED_CREDENTIALS_FILE": "/dev/null",
    ]

    @Test func anS3URLIsSplitIntoBucketAndPrefix() async throws {
        let result = try await CLIRunner.run(
            ["iam", "policy", "generate", "--for", "rds-export", "--bucket", "s3://lake/exports/"],
            environment: Self.offline)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            try PolicyDocument(json: result.stdout) == PolicyGenerator.forRDSExport(bucket: "lake", prefix: "exports"))
        #expect(!result.stdout.contains("s3://"))
    }

    @Test func somethingThatIsNotABucketIsRefusedClearly() async throws {
        let result = try await CLIRunner.run(
            ["iam", "policy", "generate", "--for", "rds-export", "--bucket", "https://lake.s3.amazonaws.com/x"],
            environment: Self.offline)
        #expect(result.status == 1)
        #expect(result.stderr.contains("s3://bucket/prefix"), "\(result.stderr)")
    }
}
