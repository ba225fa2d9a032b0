import Foundation
import LakeTestSupport
import Testing

/// `lakectl init` and `lakectl validate` as a user runs them: offline, with no AWS settings at all.
@Suite struct LakeFileCommandTests {
    static let env = [
        "PATH": "/usr/bin:/bin", "AWS_CONFIG_FILE": "/dev/null", "AWS_SHARED_CREDENTIALS_FILE": "/dev/null",
    ]

    @Test("init writes the example, refuses to overwrite without --force, and the result validates")
    func initThenValidate() async throws {
        let tree = try CLITempTree()
        defer { tree.remove() }
        let path = tree.path("config/lake.yaml")
        let first = try await CLIRunner.run(["init", "--config", path], environment: Self.env)
        #expect(first.status == 0, "\(first.stderr)")
        let written = try String(contentsOfFile: path, encoding: .utf8)
        let repository = try String(
            contentsOf: Fixtures.repositoryRoot.appendingPathComponent("config/lake.yaml"), encoding: .utf8)
        #expect(written == repository)
        // The example job's script beside it, as the repository holds it; an edited one survives --force.
        let script = tree.path("config/jobs/orders_daily.py")
        let repositoryScript = try String(
            contentsOf: Fixtures.repositoryRoot.appendingPathComponent("config/jobs/orders_daily.py"), encoding: .utf8)
        #expect(try String(contentsOfFile: script, encoding: .utf8) == repositoryScript)
        try Data("print('mine')\n".utf8).write(to: URL(fileURLWithPath: script))

        try Data("version: 1\n".utf8).write(to: URL(fileURLWithPath: path))
        let again = try await CLIRunner.run(["init", "--config", path], environment: Self.env)
        #expect(again.status == 1)
        #expect(again.stderr.contains("already exists; use --force"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "version: 1\n")
        let forced = try await CLIRunner.run(["init", "--config", path, "--force"], environment: Self.env)
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try String(contentsOfFile: script, encoding: .utf8) == "print('mine')\n")

        let valid = try await CLIRunner.run(["validate", "--config", path], environment: Self.env)
        #expect(valid.status == 0, "\(valid.stderr)")
        #expect(valid.stdout.contains("valid (1 kms key, 2 buckets, 2 databases"))
    }

    @Test("validate prints every problem with file:line:column and exits 1")
    func everyProblem() async throws {
        let tree = try CLITempTree()
        defer { tree.remove() }
        let path = try tree.write(
            "lake.yaml",
            """
            version: 1
            region: us-east-1
            buckets:
              lake: { name: Bad_Name }
            databases:
              shop: {}
            teams:
              t:
                principals: ["arn:aws:iam::123456789012:role/a"]
                grants:
                  - { table: shop.orders, permissions: [SELECT], columns: [a], exclude_colums: [b] }
            """)
        let r = try await CLIRunner.run(["validate", "--config", path], environment: Self.env)
        #expect(r.status == 1)
        let lines = r.stderr.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("\(path):4:17: buckets.lake.name: \"Bad_Name\"") })
        #expect(
            lines.contains {
                $0.hasPrefix(
                    "\(path):11:68: teams.t.grants[0].exclude_colums: unknown key \"exclude_colums\" (did you mean \"exclude_columns\"?)"
                )
            })
        #expect(lines.last == "lakectl: error: \(path): 2 problems")
    }

    @Test("--data checks a row filter against a local file's columns")
    func dataSchema() async throws {
        let tree = try CLITempTree()
        defer { tree.remove() }
        let csv = try tree.write("orders.csv", "order_id,status,country\n1,open,KR\n2,cancelled,US\n")
        let path = try tree.write(
            "lake.yaml",
            """
            version: 1
            region: us-east-1
            databases:
              shop: {}
            teams:
              t:
                principals: ["arn:aws:iam::123456789012:role/a"]
                grants:
                  - { table: shop.orders, permissions: [SELECT], row_filter: "state = 'open'" }
            """)
        let without = try await CLIRunner.run(["validate", "--config", path], environment: Self.env)
        #expect(without.status == 0, "\(without.stderr)")
        let with = try await CLIRunner.run(
            ["validate", "--config", path, "--data", "shop.orders=\(csv)"], environment: Self.env)
        #expect(with.status == 1)
        #expect(with.stderr.contains("\(path):9:66: teams.t.grants[0].row_filter:"))
        #expect(with.stderr.contains("state"))
    }
}
