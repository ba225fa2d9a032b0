import AWSCore
import AWSServices
import Foundation
import LakeConfig
import LakeTestSupport
import Testing

@testable import LakeOrchestration

/// Drift of the generated roles (`role: auto`) of a crawler, a job and a stream against the emulator (signature
/// checking on): each policy edited by hand through IAM is planned as `~ iam role` with the statements that differ,
/// apply (through the fault proxy) writes the generated document back, and the next plan is empty.
@Suite struct LakeFileRolePolicyEmulatorTests {
    struct Lake {
        let client: AWSClient
        let suffix: String
        let folder: LakeFileFolder
        var bucket: String { "roles-\(suffix)" }
        var crawlerRole: String { CrawlPipeline.roleName(crawler: "cr-\(suffix)") }
        var jobRole: String { JobPipeline.roleName(job: "job-\(suffix)") }
        var streamRole: String { StreamPipeline.roleName(stream: "st-\(suffix)") }

        static func make() throws -> Lake {
            let suffix = UniqueSuffix.make()
            let lake = Lake(client: try EmulatorClients.client(), suffix: String(suffix), folder: try LakeFileFolder())
            try lake.folder.write("jobs/etl.py", "print('etl')\n")
            return lake
        }

        var text: String {
            """
            version: 1
            region: us-east-1
            tags: { lake-test: "\(suffix)" }
            buckets:
              lake: { name: \(bucket) }
            databases:
              db_\(suffix): {}
            crawlers:
              cr-\(suffix):
                database: db_\(suffix)
                targets:
                  - { bucket: lake, prefix: raw/events/ }
            jobs:
              job-\(suffix):
                script: jobs/etl.py
                scripts_location: s3://\(bucket)/scripts/
                arguments:
                  --target: s3://\(bucket)/curated/
            streams:
              st-\(suffix):
                bucket: lake
                prefix: raw/clicks/

            """
        }

        func plan(client: AWSClient? = nil) async throws -> LakeFilePlan {
            try await LakeFilePlanner(client: client ?? self.client).plan(try folder.load(text), prune: false)
        }

        func apply() async throws {
            let outcome = await LakeFileApplier(client: client).apply(try await plan())
            #expect(outcome.failed == nil, "\(outcome.failure ?? "")")
        }

        var iam: IAMResources { IAMResources(iam: IAMClient(client: client)) }

        func liveDocument(_ role: String) async throws -> PolicyDocument {
            let policy = try #require(try await iam.findPolicy(role))
            return try await iam.defaultDocument(of: policy)
        }

        /// Edits the role's policy by hand, as someone in the console would: a new default version.
        func edit(_ role: String, _ change: (inout PolicyDocument) -> Void) async throws {
            let policy = try #require(try await iam.findPolicy(role))
            var document = try await iam.defaultDocument(of: policy)
            change(&document)
            _ = try await IAMClient(client: client).createPolicyVersion(
                arn: policy.arn, document: document.canonicalJSON(pretty: false), setAsDefault: true)
        }
    }

    static func summary(_ plan: LakeFilePlan) -> [String] {
        plan.plan.pending.map { "\($0.action.rawValue) \($0.kind) \($0.id)" }
    }

    static func describe(_ statement: PolicyStatement) -> String {
        "\((statement.action ?? []).sorted().joined(separator: ",")) on "
            + (statement.resource ?? []).sorted().joined(separator: ",")
    }

    @Test func aHandEditedGeneratedPolicyIsPlannedWithItsStatementsAndPutBack() async throws {
        let lake = try Lake.make()
        defer { lake.folder.remove() }
        try await lake.apply()
        let applied = try await lake.plan()
        #expect(applied.plan.isEmpty, "\(Self.summary(applied))")

        // The crawler's role: one statement removed, an action added to another. The job's and the stream's: an
        // action added to their first statement.
        let crawlerBefore = try await lake.liveDocument(lake.crawlerRole)
        let readBucket = try #require(crawlerBefore.statement(sid: "ReadBucket"))
        try await lake.edit(lake.crawlerRole) { document in
            document.statements.removeAll { $0.sid == "ReadBucket" }
            if let i = document.statements.firstIndex(where: { $0.sid == "ReadObjects" }) {
                document.statements[i].action = (document.statements[i].action ?? []) + ["s3:DeleteObject"]
            }
        }
        let jobSid = try #require(try await lake.liveDocument(lake.jobRole).statements.first?.sid)
        try await lake.edit(lake.jobRole) {
            $0.statements[0].action = ($0.statements[0].action ?? []) + ["s3:DeleteBucket"]
        }
        let streamSid = try #require(try await lake.liveDocument(lake.streamRole).statements.first?.sid)
        try await lake.edit(lake.streamRole) {
            $0.statements[0].action = ($0.statements[0].action ?? []) + ["s3:DeleteBucket"]
        }

        let drift = try await lake.plan()
        #expect(
            Self.summary(drift) == [
                "update iam role \(lake.crawlerRole)", "update iam role \(lake.jobRole)",
                "update iam role \(lake.streamRole)",
            ])
        #expect(
            drift.plan.pending[0].fields == [
                FieldChange("statement ReadBucket", old: nil, new: Self.describe(readBucket)),
                FieldChange("statement ReadObjects actions (removed → added)", old: "s3:DeleteObject", new: nil),
            ])
        #expect(
            drift.plan.pending[1].fields == [
                FieldChange("statement \(jobSid) actions (removed → added)", old: "s3:DeleteBucket", new: nil)
            ])
        #expect(
            drift.plan.pending[2].fields == [
                FieldChange("statement \(streamSid) actions (removed → added)", old: "s3:DeleteBucket", new: nil)
            ])

        // Put back through the fault proxy (a retried policy version converges), then read without it.
        try await expectConvergesThroughFaults(seed: 11, maxAttempts: 4) { client in try await lake.plan(client: client)
        }
        let after = try await lake.plan()
        #expect(after.plan.isEmpty, "\(Self.summary(after))")
        #expect(try await lake.liveDocument(lake.crawlerRole) == crawlerBefore)
    }
}
