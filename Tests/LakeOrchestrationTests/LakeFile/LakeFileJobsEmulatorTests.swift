import AWSCore
import AWSServices
import Foundation
import LakeConfig
import LakeTestSupport
import Testing

@testable import LakeOrchestration

/// Glue jobs in a lake file against the emulator (signature checking on): the script uploaded and the job created
/// with its generated role, a second plan empty, a script or size edit planned as an update of those fields alone
/// and converging, a saved plan refused once its script changed, and apply through the fault proxy converging with
/// nothing made twice.
@Suite struct LakeFileJobsEmulatorTests {
    struct Lake {
        let client: AWSClient
        let suffix: String
        let folder: LakeFileFolder
        var job: String { "etl-\(suffix)" }
        var bucket: String { "lake-\(suffix)" }

        static func make() async throws -> Lake {
            let suffix = UniqueSuffix.make()
            let lake = Lake(client: try EmulatorClients.client(), suffix: String(suffix), folder: try LakeFileFolder())
            try lake.folder.write("jobs/etl.py", "print('first')\n")
            return lake
        }

        func text(workers: Int = 2) -> String {
            """
            version: 1
            region: us-east-1
            tags: { lake-test: "\(suffix)" }
            buckets:
              lake: { name: \(bucket) }
            jobs:
              \(job):
                script: jobs/etl.py
                scripts_location: s3://\(bucket)/scripts/
                glue_version: "4.0"
                worker_type: G.1X
                workers: \(workers)
                timeout: 30m
                bookmarks: true
                arguments:
                  --target: s3://\(bucket)/curated/
                role: auto

            """
        }

        func plan(_ text: String, client: AWSClient? = nil) async throws -> LakeFilePlan {
            try await LakeFilePlanner(client: client ?? self.client).plan(try folder.load(text), prune: false)
        }

        func apply(_ text: String) async throws {
            let outcome = await LakeFileApplier(client: client).apply(try await plan(text))
            #expect(outcome.failed == nil, "\(outcome.failure ?? "")")
        }

        func liveScript() async throws -> String {
            String(
                decoding: try await S3Client(client: client).getObject(bucket: bucket, key: "scripts/etl.py").bytes,
                as: UTF8.self)
        }
    }

    static func summary(_ plan: LakeFilePlan) -> [String] {
        plan.plan.pending.map { "\($0.action.rawValue) \($0.kind) \($0.id)" }
    }

    @Test func aJobIsDeployedWithItsScriptAndGeneratedRoleThenASecondPlanIsEmpty() async throws {
        let lake = try await Lake.make()
        defer { lake.folder.remove() }
        let first = try await lake.plan(lake.text())
        #expect(Self.summary(first) == ["create s3 bucket \(lake.bucket)", "create glue job \(lake.job)"])
        #expect(first.warnings.isEmpty, "\(first.warnings)")
        try await lake.apply(lake.text())
        let second = try await lake.plan(lake.text())
        #expect(second.plan.isEmpty, "\(Self.summary(second))")

        let live = try await GlueClient(client: lake.client).getJob(lake.job)
        #expect(live.role == "arn:aws:iam::123456789012:role/\(JobPipeline.roleName(job: lake.job))")
        #expect(live.timeout == 30 && live.defaultArguments?["--job-bookmark-option"] == "job-bookmark-enable")
        #expect(live.command?.scriptLocation == "s3://\(lake.bucket)/scripts/etl.py")
        #expect(try await lake.liveScript() == "print('first')\n")
        let attached = try await IAMClient(client: lake.client).listAttachedRolePolicies(
            roleName: JobPipeline.roleName(job: lake.job))
        #expect(attached.count == 1)
    }

    @Test func aScriptOrSizeEditIsAnUpdateOfThoseFieldsAloneAndConverges() async throws {
        let lake = try await Lake.make()
        defer { lake.folder.remove() }
        try await lake.apply(lake.text())
        try lake.folder.write("jobs/etl.py", "print('second')\n")
        let edited = lake.text(workers: 4)
        let plan = try await lake.plan(edited)
        #expect(Self.summary(plan) == ["update glue job \(lake.job)"])
        #expect(plan.plan.pending.first?.fields.map(\.field) == ["script", "workers"])
        #expect(plan.plan.pending.first?.fields.last == FieldChange("workers", old: "2", new: "4"))
        try await lake.apply(edited)
        #expect(try await lake.plan(edited).plan.isEmpty)
        #expect(try await lake.liveScript() == "print('second')\n")
        #expect(try await GlueClient(client: lake.client).getJob(lake.job).numberOfWorkers == 4)
    }

    @Test func aSavedPlanIsNotAppliedOnceItsScriptChanged() async throws {
        let lake = try await Lake.make()
        defer { lake.folder.remove() }
        let saved = try await lake.plan(lake.text())
        try lake.folder.write("jobs/etl.py", "print('edited after the plan')\n")
        let outcome = await LakeFileApplier(client: lake.client).apply(saved)
        #expect(outcome.failed?.id == lake.job && outcome.failure?.contains("changed since the plan") == true)
        await #expect(throws: AWSError.self) { try await GlueClient(client: lake.client).getJob(lake.job) }
    }

    @Test(arguments: [5, 17])
    func applyUnderFaultsConvergesWithNothingMadeTwice(seed: Int) async throws {
        let lake = try await Lake.make()
        defer { lake.folder.remove() }
        try await expectConvergesThroughFaults(seed: seed) { try await lake.plan(lake.text(), client: $0) }
        // Read back without the proxy: one job, one role with one policy, and a direct plan empty.
        let jobs = try await GlueClient(client: lake.client).getJob(lake.job)
        #expect(jobs.name == lake.job)
        let attached = try await IAMClient(client: lake.client).listAttachedRolePolicies(
            roleName: JobPipeline.roleName(job: lake.job))
        #expect(attached.count == 1)
        #expect(try await lake.plan(lake.text()).plan.isEmpty)
    }
}
