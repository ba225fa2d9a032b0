import AWSServices
import Testing

@testable import LakeOrchestration

/// Deploy updates only what differs; crawler --create likewise.
@Suite struct JobDifferencesTests {
    static let job = GlueJob(
        name: "j", role: "arn:aws:iam::1:role/r",
        command: GlueJobCommand(name: "glueetl", scriptLocation: "s3://b/scripts/j.py"),
        defaultArguments: ["--day": "1"], glueVersion: "4.0", workerType: "G.1X", numberOfWorkers: 2)

    @Test func identicalDefinitionsDifferInNothing() {
        #expect(JobPipeline.differences(Self.job, Self.job).isEmpty)
    }

    @Test func eachChangedFieldIsNamed() {
        var changed = Self.job
        changed.numberOfWorkers = 4
        changed.defaultArguments = ["--day": "2"]
        changed.command?.scriptLocation = "s3://b/scripts/k.py"
        #expect(JobPipeline.differences(Self.job, changed) == ["script location", "workers", "arguments"])
    }

    @Test func noArgumentsEqualsAnEmptyMap() {
        var live = Self.job
        live.defaultArguments = nil
        var desired = Self.job
        desired.defaultArguments = [:]
        #expect(JobPipeline.differences(live, desired).isEmpty)
    }

    @Test func crawlerDifferencesIgnoreAnEmptyTablePrefix() {
        let input = GlueCrawlerInput(
            name: "c", role: "r", databaseName: "d",
            targets: GlueCrawlerTargets(s3Targets: [GlueS3Target(path: "s3://b/raw/")]))
        let live = GlueCrawler(
            name: "c", role: "r", databaseName: "d", targets: input.targets, tablePrefix: "", state: "READY")
        #expect(CrawlPipeline.differences(live, input).isEmpty)
        var moved = input
        moved.targets = GlueCrawlerTargets(s3Targets: [GlueS3Target(path: "s3://b/other/")])
        moved.databaseName = "e"
        #expect(CrawlPipeline.differences(live, moved) == ["database", "path"])
    }
}
