import AWSServices
import Foundation
import LakeConfig
import Testing

@testable import LakeOrchestration

@Suite struct LakeFileJobsTests {
    static let script = "print('orders')\n"

    static func exampleJob(_ folder: LakeFileFolder) throws -> LakeFileJobs.Desired {
        try folder.write("jobs/orders_daily.py", script)
        let lake = try folder.load(LakeFileExample.text)
        return try #require(LakeFileJobs.desired(lake, account: "123456789012").first)
    }

    @Test func theExampleJobIsItsScriptDefinitionBookmarksAndTimeout() throws {
        let folder = try LakeFileFolder()
        defer { folder.remove() }
        let job = try Self.exampleJob(folder)
        #expect(job.scriptURL == "s3://shop-lake-123456789012/scripts/orders_daily.py")
        #expect(job.script == Array(Self.script.utf8) && job.role == nil)
        #expect(job.job.role == "arn:aws:iam::123456789012:role/lakectl-glue-job-orders-daily")
        #expect(
            job.job.defaultArguments == [
                "--target": "s3://shop-lake-123456789012/curated/orders/",
                "--job-bookmark-option": "job-bookmark-enable",
            ])
        #expect(job.job.timeout == 30 && job.job.numberOfWorkers == 2 && job.job.glueVersion == "4.0")
        let create = LakeFileJobs.change(job, live: nil, liveScript: nil)
        #expect(create.action == .create && create.kind == "glue job" && create.id == "orders-daily")
        #expect(
            create.fields.map(\.field) == [
                "script", "script location", "glue version", "worker type", "workers", "arguments", "role",
                "timeout minutes",
            ])
    }

    @Test func aLiveJobMatchingTheFileIsNoChangeAndANewScriptIsAnUpdateOfTheScriptAlone() throws {
        let folder = try LakeFileFolder()
        defer { folder.remove() }
        let job = try Self.exampleJob(folder)
        var live = job.job
        #expect(LakeFileJobs.change(job, live: live, liveScript: job.script).action == .noop)
        let edited = LakeFileJobs.change(job, live: live, liveScript: Array("print('old')\n".utf8))
        #expect(edited.action == .update && edited.fields.map(\.field) == ["script"])
        live.numberOfWorkers = 5
        live.timeout = 2880
        let resized = LakeFileJobs.change(job, live: live, liveScript: job.script)
        #expect(
            resized.fields == [
                FieldChange("workers", old: "5", new: "2"), FieldChange("timeout minutes", old: "2880", new: "30"),
            ])
    }

    @Test func aMissingScriptStopsThePlanAtTheJob() throws {
        let folder = try LakeFileFolder()
        defer { folder.remove() }
        let lake = try folder.load(LakeFileExample.text)
        #expect {
            _ = try LakeFileJobs.desired(lake, account: "123456789012")
        } throws: { error in
            let problems = error as? LakeFileProblems
            return problems?.errors.map(\.path) == ["jobs.orders-daily.script"]
                && problems?.errors.first?.problem.hasSuffix("jobs/orders_daily.py") == true
        }
    }

    @Test func theGeneratedPolicyCoversTheScriptsTheArgumentsPlacesAndTheKeys() {
        let document = LakeFileJobs.policy(
            scripts: S3Location(bucket: "lake", prefix: "scripts"),
            arguments: ["--target": "s3://lake/curated/orders/", "--name": "orders"],
            keyArns: ["arn:aws:kms:us-east-1:123456789012:key/k"])
        let resources = document.statements.flatMap { $0.resource ?? [] }
        #expect(
            resources.contains("arn:aws:s3:::lake/scripts/*")
                && resources.contains("arn:aws:s3:::lake/curated/orders/*"))
        #expect(resources.contains("arn:aws:kms:us-east-1:123456789012:key/k"))
        #expect(Set(document.statements.compactMap(\.sid)).isSuperset(of: ["DataObjects", "DataObjects1", "DataKey1"]))
    }
}
