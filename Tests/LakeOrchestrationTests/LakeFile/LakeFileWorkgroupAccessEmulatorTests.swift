import AWSCore
import AWSServices
import Foundation
import LakeConfig
import LakeTestSupport
import Testing

@testable import LakeOrchestration

/// `{ workgroup: W }` grants against the emulator (signature checking on): the team's role gets the inline Athena
/// policy for W, a second plan is empty, a new result location is an update of the policy, and apply through the
/// fault proxy converges.
@Suite struct LakeFileWorkgroupAccessEmulatorTests {
    struct Lake {
        let client: AWSClient
        let suffix: String
        var role: String { "analyst-\(suffix)" }
        var workgroup: String { "wg-\(suffix)" }

        static func make() async throws -> Lake {
            let suffix = UniqueSuffix.make()
            let lake = Lake(client: try EmulatorClients.client(), suffix: String(suffix))
            // The team's role exists already: the file declares access for it, not the role.
            _ = try await IAMResources(iam: IAMClient(client: lake.client)).ensureRole(
                name: lake.role, trust: TrustPolicy.service("athena.amazonaws.com"))
            return lake
        }

        func text(results: String = "analysts") -> String {
            """
            version: 1
            region: us-east-1
            tags: { lake-test: "\(suffix)" }
            workgroups:
              \(workgroup):
                output: s3://results-${account}-\(suffix)/\(results)/
            teams:
              analysts:
                principals: ["arn:aws:iam::${account}:role/\(role)"]
                grants:
                  - { workgroup: \(workgroup) }

            """
        }

        func plan(_ text: String, client: AWSClient? = nil) async throws -> LakeFilePlan {
            try await LakeFilePlanner(client: client ?? self.client).plan(
                try LakeFileLoader.parse(text, file: "lake.yaml"), prune: false)
        }

        func apply(_ text: String) async throws {
            let outcome = await LakeFileApplier(client: client).apply(try await plan(text))
            #expect(outcome.failed == nil, "\(outcome.failure ?? "")")
        }

        var policyName: String { "lakectl-athena-\(workgroup)" }
    }

    static func summary(_ plan: LakeFilePlan) -> [String] {
        plan.plan.pending.map { "\($0.action.rawValue) \($0.kind) \($0.id)" }
    }

    @Test func theTeamsRoleGetsItsWorkgroupPolicyThenASecondPlanIsEmptyAndAnEditIsAnUpdate() async throws {
        let lake = try await Lake.make()
        let first = try await lake.plan(lake.text())
        #expect(
            Self.summary(first) == [
                "create iam role policy \(lake.role)/\(lake.policyName)", "create athena workgroup \(lake.workgroup)",
            ])
        #expect(first.warnings.isEmpty, "\(first.warnings)")
        try await lake.apply(lake.text())
        let second = try await lake.plan(lake.text())
        #expect(second.plan.isEmpty, "\(Self.summary(second))")
        let live = try await IAMClient(client: lake.client).getRolePolicy(
            roleName: lake.role, policyName: lake.policyName)
        let document = try PolicyDocument(json: live.document)
        #expect(
            document.statement(sid: "Workgroup")?.resource == [
                "arn:aws:athena:us-east-1:123456789012:workgroup/\(lake.workgroup)"
            ])

        let moved = lake.text(results: "bi")
        let edit = try await lake.plan(moved)
        #expect(
            Self.summary(edit) == [
                "update iam role policy \(lake.role)/\(lake.policyName)", "update athena workgroup \(lake.workgroup)",
            ])
        #expect(edit.plan.pending.first?.fields.last?.new?.contains("results-123456789012-\(lake.suffix)/bi/*") == true)
        try await lake.apply(moved)
        #expect(try await lake.plan(moved).plan.isEmpty)
    }

    @Test(arguments: [5, 17])
    func applyUnderFaultsConverges(seed: Int) async throws {
        let lake = try await Lake.make()
        try await expectConvergesThroughFaults(seed: seed) { try await lake.plan(lake.text(), client: $0) }
        #expect(try await lake.plan(lake.text()).plan.isEmpty)
    }

    @Test func aTeamRoleThatDoesNotExistIsSaidUpFront() async throws {
        let lake = try await Lake.make()
        let text = lake.text().replacingOccurrences(of: "role/\(lake.role)", with: "role/missing-\(lake.suffix)")
        let plan = try await lake.plan(text)
        #expect(
            plan.warnings.contains(
                "role missing-\(lake.suffix) does not exist: its Athena policy will fail on apply until the role is "
                    + "created"), "\(plan.warnings)")
        #expect(!(try await lake.plan(lake.text())).warnings.contains { $0.hasPrefix("role ") })
    }
}
