import AWSCore
import AWSServices
import Foundation
import LakeConfig
import LakeTestSupport
import Testing

@testable import LakeOrchestration

/// Crawlers in a lake file against the emulator (signature checking on): created with their generated role,
/// a second plan empty, a schedule edit or removal planned as an update of that field alone and converging,
/// and apply through the fault proxy converging with nothing made twice.
@Suite struct LakeFileCrawlersEmulatorTests {
    struct Lake {
        let client: AWSClient
        let suffix: String
        var database: String { "cr_\(suffix)" }
        var crawler: String { "events-\(suffix)" }
        var bucket: String { "lake-\(suffix)" }

        static func make() async throws -> Lake {
            let suffix = UniqueSuffix.make()
            return Lake(client: try EmulatorClients.client(), suffix: String(suffix))
        }

        func text(schedule: String? = "cron(0 3 * * ? *)") -> String {
            """
            version: 1
            region: us-east-1
            tags: { lake-test: "\(suffix)" }
            buckets:
              lake: { name: \(bucket) }
            databases:
              \(database): {}
            crawlers:
              \(crawler):
                database: \(database)
                targets:
                  - { bucket: lake, prefix: raw/events/ }
                  - { bucket: lake, prefix: raw/clicks/ }

            """ + (schedule.map { "    schedule: \($0)\n" } ?? "")
        }

        func plan(_ text: String, client: AWSClient? = nil) async throws -> LakeFilePlan {
            try await LakeFilePlanner(client: client ?? self.client).plan(
                try LakeFileLoader.parse(text, file: "lake.yaml"), prune: false)
        }

        func apply(_ text: String) async throws {
            let outcome = await LakeFileApplier(client: client).apply(try await plan(text))
            #expect(outcome.failed == nil, "\(outcome.failure ?? "")")
        }

        var roleArn: String { "arn:aws:iam::123456789012:role/\(CrawlPipeline.roleName(crawler: crawler))" }
    }

    static func summary(_ plan: LakeFilePlan) -> [String] {
        plan.plan.pending.map { "\($0.action.rawValue) \($0.kind) \($0.id)" }
    }

    @Test func aCrawlerIsCreatedWithItsGeneratedRoleThenASecondPlanIsEmpty() async throws {
        let lake = try await Lake.make()
        let first = try await lake.plan(lake.text())
        #expect(
            Self.summary(first) == [
                "create s3 bucket \(lake.bucket)", "create glue database \(lake.database)",
                "create glue crawler \(lake.crawler)",
            ])
        #expect(first.warnings.isEmpty, "\(first.warnings)")
        #expect(
            first.plan.pending.last?.fields == [
                FieldChange("database", old: nil, new: lake.database),
                FieldChange(
                    "targets", old: nil, new: "s3://\(lake.bucket)/raw/events/, s3://\(lake.bucket)/raw/clicks/"),
                FieldChange("schedule", old: nil, new: "cron(0 3 * * ? *)"),
                FieldChange("role", old: nil, new: lake.roleArn),
            ])
        try await lake.apply(lake.text())
        let second = try await lake.plan(lake.text())
        #expect(second.plan.isEmpty, "\(Self.summary(second))")

        let live = try await GlueClient(client: lake.client).getCrawler(lake.crawler)
        #expect(live.role == lake.roleArn && live.schedule?.expression == "cron(0 3 * * ? *)")
        #expect(live.targets?.s3Targets?.count == 2)
        let attached = try await IAMClient(client: lake.client).listAttachedRolePolicies(
            roleName: CrawlPipeline.roleName(crawler: lake.crawler))
        #expect(attached.count == 1)
    }

    @Test func aScheduleEditAndItsRemovalAreUpdatesOfThatFieldAloneAndConverge() async throws {
        let lake = try await Lake.make()
        try await lake.apply(lake.text())
        let edited = lake.text(schedule: "cron(30 4 * * ? *)")
        let plan = try await lake.plan(edited)
        #expect(Self.summary(plan) == ["update glue crawler \(lake.crawler)"])
        #expect(
            plan.plan.pending.first?.fields == [
                FieldChange("schedule", old: "cron(0 3 * * ? *)", new: "cron(30 4 * * ? *)")
            ])
        try await lake.apply(edited)
        #expect(try await lake.plan(edited).plan.isEmpty)

        let onDemand = lake.text(schedule: nil)
        let removal = try await lake.plan(onDemand)
        #expect(
            removal.plan.pending.map(\.fields) == [[FieldChange("schedule", old: "cron(30 4 * * ? *)", new: nil)]])
        try await lake.apply(onDemand)
        #expect(try await lake.plan(onDemand).plan.isEmpty)
        #expect(try await GlueClient(client: lake.client).getCrawler(lake.crawler).schedule == nil)
    }

    @Test(arguments: [5, 17])
    func applyUnderFaultsConvergesWithNothingMadeTwice(seed: Int) async throws {
        let lake = try await Lake.make()
        try await expectConvergesThroughFaults(seed: seed) { try await lake.plan(lake.text(), client: $0) }
        // Read back without the proxy: one crawler, one role with one policy, and a direct plan empty.
        let glue = GlueClient(client: lake.client)
        #expect(try await glue.allCrawlers().filter { $0.name == lake.crawler }.count == 1)
        let attached = try await IAMClient(client: lake.client).listAttachedRolePolicies(
            roleName: CrawlPipeline.roleName(crawler: lake.crawler))
        #expect(attached.count == 1)
        #expect(try await lake.plan(lake.text()).plan.isEmpty)
    }
}
