import AWSServices
import LakeConfig
import Testing

@testable import LakeOrchestration

@Suite struct LakeFileCrawlersTests {
    static func exampleCrawler() throws -> LakeFileCrawlers.Desired {
        let lake = try LakeFileLoader.parse(LakeFileExample.text, file: "lake.yaml")
        return try #require(LakeFileCrawlers.desired(lake, account: "123456789012").first)
    }

    static func live(schedule: String? = "cron(0 3 * * ? *)", path: String = "s3://shop-lake-123456789012/raw/events/")
        -> GlueCrawler
    {
        GlueCrawler(
            name: "raw-events", role: "arn:aws:iam::123456789012:role/lakectl-glue-crawler-raw-events",
            databaseName: "raw", targets: GlueCrawlerTargets(s3Targets: [GlueS3Target(path: path)]), tablePrefix: "",
            state: "READY", schedule: schedule.map { GlueSchedule(expression: $0, state: "SCHEDULED") })
    }

    @Test func theExampleCrawlerIsItsPathScheduleAndGeneratedRole() throws {
        let crawler = try Self.exampleCrawler()
        #expect(crawler.paths == ["s3://shop-lake-123456789012/raw/events/"])
        #expect(crawler.schedule == "cron(0 3 * * ? *)")
        #expect(crawler.tablePrefix == nil && crawler.role == nil)
        #expect(crawler.roleArn == "arn:aws:iam::123456789012:role/lakectl-glue-crawler-raw-events")
        let create = LakeFileCrawlers.change(crawler, live: nil)
        #expect(create.action == .create && create.kind == "glue crawler" && create.id == "raw-events")
        #expect(create.fields.map(\.field) == ["database", "targets", "schedule", "role"])
    }

    @Test func aMatchingCrawlerIsNoChangeWhateverItsPathsTrailingSlashOrEmptyPrefix() throws {
        let crawler = try Self.exampleCrawler()
        #expect(LakeFileCrawlers.change(crawler, live: Self.live()).action == .noop)
        let noSlash = Self.live(path: "s3://shop-lake-123456789012/raw/events")
        #expect(LakeFileCrawlers.change(crawler, live: noSlash).action == .noop)
    }

    @Test func aScheduleEditOrRemovalIsAnUpdateOfThatFieldAlone() throws {
        let crawler = try Self.exampleCrawler()
        let edited = LakeFileCrawlers.change(crawler, live: Self.live(schedule: "cron(0 4 * * ? *)"))
        #expect(edited.action == .update)
        #expect(edited.fields == [FieldChange("schedule", old: "cron(0 4 * * ? *)", new: "cron(0 3 * * ? *)")])
        var onDemand = crawler
        onDemand.schedule = nil
        #expect(
            LakeFileCrawlers.change(onDemand, live: Self.live()).fields == [
                FieldChange("schedule", old: "cron(0 3 * * ? *)", new: nil)
            ])
    }

    @Test func theGeneratedPolicyReadsEveryTargetAndItsKey() {
        let document = LakeFileCrawlers.policy([
            (S3Location(bucket: "a", prefix: "raw/"), nil),
            (S3Location(bucket: "b", prefix: ""), "arn:aws:kms:us-east-1:123456789012:key/k"),
        ])
        let sids = document.statements.compactMap(\.sid)
        #expect(sids.filter { $0 == "Catalog" }.count == 1)
        #expect(Set(["ReadBucket", "ReadObjects", "ReadBucket1", "ReadObjects1", "DataKey1"]).isSubset(of: Set(sids)))
        let resources = document.statements.flatMap { $0.resource ?? [] }
        #expect(resources.contains("arn:aws:s3:::a/raw/*") && resources.contains("arn:aws:s3:::b/*"))
        #expect(resources.contains("arn:aws:kms:us-east-1:123456789012:key/k"))
    }
}
