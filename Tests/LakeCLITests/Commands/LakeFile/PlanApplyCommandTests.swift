import AWSCore
import AWSServices
import Foundation
import LakeTestSupport
import Testing

/// `lakectl plan` and `apply` run as processes against the emulator (signature checking on), as a CI job runs them.
@Suite struct PlanApplyCommandTests {
    struct Fixture {
        let emulator: Emulator
        let client: AWSClient
        let tree: CLITempTree
        let database: String
        let suffix: String

        static func make() throws -> Fixture {
            let emulator = try Emulator.current()
            let client = AWSClient(
                region: emulator.region, credentialProvider: LakeFileEmulatorKey(emulator: emulator),
                endpoint: emulator.endpoint)
            let suffix = UniqueSuffix.make()
            return Fixture(
                emulator: emulator, client: client, tree: try CLITempTree(), database: "cli_\(suffix)", suffix: suffix)
        }

        var databaseOnly: String {
            "version: 1\nregion: us-east-1\naccount: \"123456789012\"\ndatabases:\n  \(database): {}\n"
        }

        func withTeam(rowFilter: String) -> String {
            databaseOnly + """
                teams:
                  analysts:
                    principals: ["arn:aws:iam::${account}:role/analyst-\(suffix)"]
                    grants:
                      - { database: \(database), permissions: [DESCRIBE] }
                      - { table: \(database).orders, permissions: [SELECT], row_filter: "\(rowFilter)" }

                """
        }

        func write(_ text: String) throws -> String { try tree.write("lake.yaml", text) }

        func run(_ arguments: [String], stdin: String? = nil) async throws -> CLIRunner.Result {
            try await CLIRunner.run(arguments, environment: emulator.environment(), stdin: stdin)
        }

        func makeTable() async throws {
            let columns = [GlueColumn(name: "order_id", type: "bigint"), GlueColumn(name: "status", type: "string")]
            try await GlueClient(client: client).createTable(
                database: database,
                GlueTableInput(
                    name: "orders",
                    storageDescriptor: .parquet(columns: columns, location: "s3://cli-\(suffix)/orders/")))
        }
    }

    @Test("plan → apply → plan exits 0 with --detailed-exitcode; apply refuses to prompt without a terminal")
    func applyFromNothing() async throws {
        let f = try Fixture.make()
        defer { f.tree.remove() }
        let config = try f.write(f.databaseOnly)
        let plan = try await f.run(["plan", "--config", config, "--detailed-exitcode"])
        #expect(plan.status == 2, "\(plan.stderr)")
        #expect(plan.stdout.contains("+ glue database \(f.database)"))
        #expect(plan.stdout.contains("Plan: 1 to create, 0 to update, 0 to delete, 0 unchanged."))

        let refused = try await f.run(["apply", "--config", config], stdin: "yes\n")
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("stdin is not a terminal"), "\(refused.stderr)")
        #expect(try await f.run(["plan", "--config", config, "--detailed-exitcode"]).status == 2)

        let applied = try await f.run(["apply", "--config", config, "--auto-approve"])
        #expect(applied.status == 0, "\(applied.stderr)")
        #expect(applied.stdout.contains("done: + glue database \(f.database)"))
        try await f.makeTable()
        let teamConfig = try f.write(f.withTeam(rowFilter: "status <> 'cancelled'"))
        let json = try await f.run(["plan", "--config", teamConfig, "--output", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        let value = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(value["empty"] as? Bool == false)
        #expect((value["changes"] as? [[String: Any]])?.filter { $0["action"] as? String == "create" }.count == 3)
        #expect(try await f.run(["apply", "--config", teamConfig, "--auto-approve"]).status == 0)
        let again = try await f.run(["plan", "--config", teamConfig, "--detailed-exitcode"])
        #expect(again.status == 0, "\(again.stdout)\(again.stderr)")
        #expect(again.stdout.contains("No changes"))
    }

    @Test("a saved plan applies while nothing changed and is refused after drift")
    func savedPlan() async throws {
        let f = try Fixture.make()
        defer { f.tree.remove() }
        _ = try await f.run(["apply", "--config", try f.write(f.databaseOnly), "--auto-approve"])
        try await f.makeTable()
        let config = try f.write(f.withTeam(rowFilter: "status = 'open'"))
        let saved = f.tree.path("plan.json")
        #expect(try await f.run(["plan", "--config", config, "--out", saved]).status == 0)
        // Drift: the file's filter is made by hand with another expression.
        try await LakeFormationClient(client: f.client).createDataCellsFilter(
            LFDataCellsFilter(
                id: LFDataCellsFilterId(
                    tableCatalogId: "123456789012", databaseName: f.database, tableName: "orders",
                    name: "analysts__\(f.database)__orders"),
                rowFilter: LFDataCellsFilter.RowFilter(filterExpression: "status = 'closed'"),
                columnWildcard: LFColumnWildcard()))
        let refused = try await f.run(["apply", saved, "--auto-approve"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("the saved plan no longer matches"), "\(refused.stderr)")
        let fresh = f.tree.path("fresh.json")
        let replanned = try await f.run(["plan", "--config", config, "--out", fresh])
        #expect(replanned.stdout.contains("~ lf data cells filter"), "\(replanned.stdout)")
        #expect(replanned.stdout.contains("row_filter: status = 'closed' → status = 'open'"), "\(replanned.stdout)")
        let applied = try await f.run(["apply", fresh, "--auto-approve"])
        #expect(applied.status == 0, "\(applied.stderr)")
        #expect(try await f.run(["plan", "--config", config, "--detailed-exitcode"]).status == 0)
    }

    @Test("an account: that is not the credentials' stops plan before any read")
    func accountMismatch() async throws {
        let f = try Fixture.make()
        defer { f.tree.remove() }
        let config = try f.write(f.databaseOnly.replacingOccurrences(of: "123456789012", with: "999999999999"))
        let r = try await f.run(["plan", "--config", config, "--detailed-exitcode"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("declares account 999999999999 but the credentials belong to account 123456789012"))
    }
}

private struct LakeFileEmulatorKey: CredentialProvider {
    let emulator: Emulator
    var name: String { "emulator key" }

    func credentials() async throws -> AWSCredentials? {
        AWSCredentials(accessKeyId: emulator.accessKeyId, secretAccessKey: emulator.secretAccessKey, source: "emulator")
    }
}
