import AWSCore
import AWSServices
import Foundation
import LakeTestSupport
import Testing

/// `lakectl tag …`, `grant --tag` and `lf settings --add-admin/--remove-admin` run as processes against the
/// emulator (signature checking on; LF-tag fixes from the gap layer, stored in moto's Lake Formation backend).
@Suite struct TagCommandTests {
    struct Fixture {
        let emulator: Emulator
        let client: AWSClient
        let database: String
        let key: String
        let principal: String

        static func make() async throws -> Fixture {
            let emulator = try Emulator.current()
            let client = AWSClient(
                region: emulator.region, credentialProvider: TagEmulatorKey(emulator: emulator),
                endpoint: emulator.endpoint)
            let suffix = UniqueSuffix.make(12)
            let database = "tag_\(suffix)"
            try await GlueClient(client: client).createDatabase(GlueDatabaseInput(name: database))
            try await GlueClient(client: client).createTable(
                database: database,
                GlueTableInput(
                    name: "orders",
                    storageDescriptor: .parquet(
                        columns: [
                            GlueColumn(name: "order_id", type: "bigint"), GlueColumn(name: "email", type: "string"),
                        ],
                        location: "s3://tag-\(suffix)/orders/")))
            return Fixture(
                emulator: emulator, client: client, database: database, key: "team_\(suffix)",
                principal: "arn:aws:iam::123456789012:role/team-\(suffix)")
        }

        func run(_ arguments: [String]) async throws -> CLIRunner.Result {
            try await CLIRunner.run(arguments, environment: emulator.environment())
        }

        func json(_ arguments: [String]) async throws -> [[String: Any]] {
            let result = try await run(arguments + ["--output", "json"])
            #expect(result.status == 0, "\(result.stderr)")
            return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]] ?? []
        }
    }

    @Test func tagsAreDefinedAssignedShownAndRemovedIdempotently() async throws {
        let f = try await Fixture.make()
        #expect(try await f.run(["tag", "create", f.key, "--values", "sales,ops"]).stdout == "created\n")
        #expect(try await f.run(["tag", "create", f.key, "--values", "ops,sales"]).stdout == "unchanged\n")
        #expect(try await f.run(["tag", "create", f.key, "--values", "sales,ops,hr"]).stdout == "updated\n")
        let listed = try await f.json(["tag", "list"]).first { $0["key"] as? String == f.key }
        #expect(listed?["values"] as? [String] == ["hr", "ops", "sales"])

        let table = ["--table", "\(f.database).orders"]
        let assign = try await f.run(["tag", "assign"] + table + ["\(f.key)=sales"])
        #expect(assign.stdout == "assigned\n", "\(assign.stderr)")
        #expect(try await f.run(["tag", "assign"] + table + ["\(f.key)=sales"]).stdout == "unchanged\n")
        #expect(
            try await f.run(["tag", "assign"] + table + ["--columns", "email", "\(f.key)=hr"]).stdout == "assigned\n")
        let shown = try await f.json(["tag", "show"] + table)
        #expect(shown.map { $0["value"] as? String } == ["sales"])
        let columns = try await f.json(["tag", "show"] + table + ["--columns", "email,order_id"])
        #expect(columns.map { $0["resource"] as? String } == ["\(f.database).orders.email"])

        let wrong = try await f.run(["tag", "assign"] + table + ["\(f.key)=finance"])
        #expect(wrong.status == 1 && wrong.stderr.contains("finance is not a value of LF-tag"), "\(wrong.stderr)")
        let undefined = try await f.run(["tag", "assign"] + table + ["no_such_key_\(f.key)=x"])
        #expect(undefined.status == 1 && undefined.stderr.contains("is not defined"), "\(undefined.stderr)")

        #expect(try await f.run(["tag", "unassign"] + table + ["\(f.key)=sales"]).stdout == "unassigned\n")
        #expect(try await f.run(["tag", "unassign"] + table + ["\(f.key)=sales"]).stdout == "not assigned\n")
        #expect(try await f.run(["tag", "delete", f.key]).stdout == "deleted\n")
        #expect(try await f.run(["tag", "delete", f.key]).stdout == "not found\n")
    }

    @Test func grantsOnATagExpressionAreListedNormalisedAndRevoked() async throws {
        let f = try await Fixture.make()
        _ = try await f.run(["tag", "create", f.key, "--values", "sales,ops"])
        let grant = ["--principal", f.principal, "--tag", "\(f.key)=sales,ops", "--permissions", "SELECT,DESCRIBE"]
        let first = try await f.run(["grant"] + grant)
        #expect(first.stdout == "granted\n", "\(first.stderr)")
        // The same expression, values in another order: the same grant.
        let reordered = ["--principal", f.principal, "--tag", "\(f.key)=ops,sales", "--permissions", "DESCRIBE"]
        #expect(try await f.run(["grant"] + reordered).stdout == "unchanged\n")

        let rows = try await f.json(["grants", "--principal", f.principal])
        #expect(rows.map { $0["permission"] as? String } == ["DESCRIBE", "SELECT"])
        #expect(rows.allSatisfy { $0["kind"] as? String == "tag-policy" })
        #expect(rows.first?["resource"] as? String == "tables tagged \(f.key)=ops,sales")

        // `grants --table` lists them once the table (here one of its columns) carries a matching tag, not before.
        let byTable = ["grants", "--table", "\(f.database).orders", "--principal", f.principal]
        #expect(try await f.json(byTable).isEmpty)
        _ = try await f.run(["tag", "assign", "--table", "\(f.database).orders", "--columns", "email", "\(f.key)=ops"])
        let reached = try await f.json(byTable)
        #expect(reached.map { $0["permission"] as? String } == ["DESCRIBE", "SELECT"], "\(reached)")
        #expect(reached.allSatisfy { $0["resource"] as? String == "tables tagged \(f.key)=ops,sales" })
        #expect(try await f.json(byTable + ["--database", "other_\(f.database)"]).isEmpty)
        // An expression on databases: `grants --database` lists it once the database carries a matching tag.
        let onDatabases = [
            "--principal", f.principal, "--tag", "\(f.key)=sales", "--tag-resource-type", "DATABASE",
            "--permissions", "DESCRIBE",
        ]
        #expect(try await f.run(["grant"] + onDatabases).stdout == "granted\n")
        let byDatabase = ["grants", "--database", f.database, "--principal", f.principal]
        #expect(try await f.json(byDatabase).isEmpty)
        _ = try await f.run(["tag", "assign", "--database", f.database, "\(f.key)=sales"])
        let databaseRows = try await f.json(byDatabase)
        #expect(
            databaseRows.map { $0["resource"] as? String } == ["databases tagged \(f.key)=sales"], "\(databaseRows)")
        #expect(try await f.run(["revoke"] + onDatabases).stdout == "revoked\n")

        let bad = try await f.run([
            "grant", "--principal", f.principal, "--tag", "\(f.key)=finance", "--permissions", "SELECT",
        ])
        #expect(bad.status == 1 && bad.stderr.contains("finance is not a value"), "\(bad.stderr)")
        #expect(try await f.run(["revoke"] + grant).stdout == "revoked\n")
        #expect(try await f.run(["revoke"] + grant).stdout == "not granted\n")
        #expect(try await f.json(["grants", "--principal", f.principal]).isEmpty)
        _ = try await f.run(["tag", "delete", f.key])
    }

    @Test func lfSettingsAddsAndRemovesAnAdminOnce() async throws {
        let f = try await Fixture.make()
        let added = try await f.run(["lf", "settings", "--add-admin", f.principal])
        #expect(added.stdout == "updated (admins)\n", "\(added.stderr)")
        #expect(try await f.run(["lf", "settings", "--add-admin", f.principal]).stdout == "unchanged\n")
        let shown = try await f.run(["lf", "settings", "--output", "json"])
        let record = try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any] ?? [:]
        #expect((record["admins"] as? [String])?.contains(f.principal) == true)
        #expect(try await f.run(["lf", "settings", "--remove-admin", f.principal]).stdout == "updated (admins)\n")
        #expect(try await f.run(["lf", "settings", "--remove-admin", f.principal]).stdout == "unchanged\n")
        let bad = try await f.run(["lf", "settings", "--iam-allowed-defaults", "maybe"])
        #expect(bad.status != 0 && bad.stderr.contains("on or off"), "\(bad.stderr)")
    }
}

/// The emulator's one allowed key, for the Glue calls the tests make themselves.
private struct TagEmulatorKey: CredentialProvider {
    let emulator: Emulator
    var name: String { "emulator key" }

    func credentials() async throws -> AWSCredentials? {
        AWSCredentials(accessKeyId: emulator.accessKeyId, secretAccessKey: emulator.secretAccessKey, source: "emulator")
    }
}
