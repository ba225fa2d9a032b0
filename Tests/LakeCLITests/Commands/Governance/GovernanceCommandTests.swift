import AWSCore
import AWSServices
import Foundation
import LakeTestSupport
import Testing

/// `lakectl grant`, `revoke`, `grants`, `filter` and `lf check` run as processes against the emulator (signature
/// checking on; data cells filters from the gap layer, stored in moto's Lake Formation backend).
@Suite struct GovernanceCommandTests {
    struct Fixture {
        let emulator: Emulator
        let client: AWSClient
        let database: String
        let bucket: String
        let principal: String

        /// A database with `orders` (partitioned by `dt`) at `s3://<bucket>/orders/`, and a principal of its own.
        static func make() async throws -> Fixture {
            let emulator = try Emulator.current()
            let client = AWSClient(
                region: emulator.region, credentialProvider: GovernanceEmulatorKey(emulator: emulator),
                endpoint: emulator.endpoint)
            let suffix = UniqueSuffix.make(12)
            let database = "gov_\(suffix)"
            let bucket = "gov-\(suffix)"
            try await GlueClient(client: client).createDatabase(GlueDatabaseInput(name: database))
            let columns = [
                GlueColumn(name: "order_id", type: "bigint"), GlueColumn(name: "country", type: "string"),
                GlueColumn(name: "amount", type: "double"), GlueColumn(name: "email", type: "string"),
            ]
            try await GlueClient(client: client).createTable(
                database: database,
                GlueTableInput(
                    name: "orders", storageDescriptor: .parquet(columns: columns, location: "s3://\(bucket)/orders/"),
                    partitionKeys: [GlueColumn(name: "dt", type: "string")]))
            return Fixture(
                emulator: emulator, client: client, database: database, bucket: bucket,
                principal: "arn:aws:iam::123456789012:role/team-\(suffix)")
        }

        func run(_ arguments: [String]) async throws -> CLIRunner.Result {
            try await CLIRunner.run(arguments, environment: emulator.environment())
        }

        func grants(_ extra: [String] = []) async throws -> [[String: Any]] {
            let result = try await run(["grants", "--output", "json"] + extra)
            #expect(result.status == 0, "\(result.stderr)")
            return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]] ?? []
        }

        var lf: LakeFormationClient { LakeFormationClient(client: client) }
    }

    @Test func aFilteredGrantIsCreatedListedNormalisedUnchangedOnRerunAndRevoked() async throws {
        let f = try await Fixture.make()
        let grant = [
            "--principal", f.principal, "--table", "\(f.database).orders", "--columns", "order_id,country,amount",
            "--row-filter", "country = 'KR' AND amount > 10", "--permissions", "SELECT",
        ]
        let first = try await f.run(["grant"] + grant)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasPrefix("granted (filter lakectl_team-"), "\(first.stdout)")
        #expect(first.stdout.contains(": created)"), "\(first.stdout)")

        let again = try await f.run(["grant"] + grant)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.hasPrefix("unchanged"), "\(again.stdout)")
        #expect(again.stdout.contains(": unchanged)"), "\(again.stdout)")

        // Only one filter exists, holding exactly what was asked.
        let filters = try await f.lf.listDataCellsFilter(table: .init(databaseName: f.database, name: "orders")).items
        #expect(filters.count == 1)
        #expect(filters.first?.rowFilter?.filterExpression == "country = 'KR' AND amount > 10")
        #expect(filters.first?.columnNames == ["order_id", "country", "amount"])

        let rows = try await f.grants(["--principal", f.principal])
        #expect(rows.count == 1)
        #expect(rows.first?["kind"] as? String == "filter")
        #expect(rows.first?["permission"] as? String == "SELECT")
        #expect(rows.first?["rowFilter"] as? String == "country = 'KR' AND amount > 10")
        #expect(rows.first?["columns"] as? String == "order_id,country,amount")
        #expect(rows.first?["grantable"] as? Bool == false)
        #expect(try await f.grants(["--table", "\(f.database).orders", "--principal", f.principal]).count == 1)

        let revoke = try await f.run(["revoke"] + grant)
        #expect(revoke.status == 0, "\(revoke.stderr)")
        #expect(revoke.stdout.hasPrefix("revoked") && revoke.stdout.contains("deleted"), "\(revoke.stdout)")
        #expect(try await f.grants(["--principal", f.principal]).isEmpty)
        let after = try await f.lf.listDataCellsFilter(table: .init(databaseName: f.database, name: "orders")).items
        #expect(after.isEmpty)
        let never = try await f.run(["revoke"] + grant)
        #expect(never.status == 0, "\(never.stderr)")
        #expect(never.stdout.hasPrefix("not granted"), "\(never.stdout)")
    }

    @Test func tableGrantsCompareInNormalFormIncludingTheColumnWildcardSpelling() async throws {
        let f = try await Fixture.make()
        let table = ["--principal", f.principal, "--table", "\(f.database).orders"]
        let granted = try await f.run(["grant"] + table + ["--permissions", "SELECT,DESCRIBE", "--grantable"])
        #expect(granted.status == 0, "\(granted.stderr)")
        #expect(granted.stdout == "granted\n")
        #expect(try await f.run(["grant"] + table + ["--permissions", "describe"]).stdout == "unchanged\n")

        // SELECT on every column, granted the other way Lake Formation spells it, is the same grant.
        let other = "arn:aws:iam::123456789012:role/other-\(f.database)"
        try await f.lf.grantPermissions(
            LFPrincipalPermissions(
                principal: LFPrincipal(other),
                resource: LFResource(
                    tableWithColumns: .init(databaseName: f.database, name: "orders", columnWildcard: .init())),
                permissions: ["SELECT"]))
        #expect(
            try await f.run([
                "grant", "--principal", other, "--table", "\(f.database).orders", "--permissions", "SELECT",
            ])
            .stdout == "unchanged\n")

        let rows = try await f.grants(["--table", "\(f.database).orders"])
        let mine = rows.filter { $0["principal"] as? String == f.principal }
        #expect(mine.map { $0["permission"] as? String } == ["DESCRIBE", "SELECT"])
        #expect(mine.allSatisfy { $0["kind"] as? String == "table" && $0["grantable"] as? Bool == true })
        #expect(rows.filter { $0["principal"] as? String == other }.map { $0["kind"] as? String } == ["table"])

        let revokeOther = try await f.run(
            ["revoke", "--principal", other, "--table", "\(f.database).orders", "--permissions", "SELECT"])
        #expect(revokeOther.stdout == "revoked\n", "\(revokeOther.stderr)")
        #expect(try await f.grants(["--principal", other]).isEmpty)
        #expect(try await f.run(["revoke"] + table + ["--permissions", "ALTER"]).stdout == "not granted\n")
    }

    @Test func revokeGrantableTakesOnlyTheGrantOption() async throws {
        let f = try await Fixture.make()
        let table = ["--principal", f.principal, "--table", "\(f.database).orders"]
        #expect(try await f.run(["grant"] + table + ["--permissions", "SELECT", "--grantable"]).stdout == "granted\n")
        let option = try await f.run(["revoke"] + table + ["--permissions", "SELECT", "--grantable"])
        #expect(option.stdout == "revoked\n", "\(option.stdout) \(option.stderr)")
        let kept = try await f.grants(["--principal", f.principal])
        #expect(kept.map { $0["permission"] as? String } == ["SELECT"])
        #expect(kept.map { $0["grantable"] as? Bool } == [false])
        #expect(
            try await f.run(["revoke"] + table + ["--permissions", "SELECT", "--grantable"]).stdout == "not granted\n")

        // Through a data cells filter: the filter and the grant on it stay, without the option.
        let filtered = table + ["--row-filter", "country = 'KR'", "--permissions", "SELECT"]
        #expect(try await f.run(["grant"] + filtered + ["--grantable"]).status == 0)
        let filterOption = try await f.run(["revoke"] + filtered + ["--grantable"])
        #expect(filterOption.stdout.hasPrefix("revoked (filter ") && filterOption.stdout.contains(": kept)"))
        let rows = try await f.grants(["--principal", f.principal])
        let filterRows = rows.filter { $0["kind"] as? String == "filter" }
        #expect(filterRows.count == 1 && filterRows.first?["grantable"] as? Bool == false, "\(rows)")
        let all = try await f.run(["revoke"] + filtered)
        #expect(all.stdout.hasPrefix("revoked") && all.stdout.contains("deleted"), "\(all.stdout)")
        #expect(try await f.run(["revoke"] + table + ["--permissions", "SELECT"]).stdout == "revoked\n")
        #expect(try await f.grants(["--principal", f.principal]).isEmpty)
    }

    @Test(arguments: [
        ("no_such_column = 1", "no_such_column"), ("country = 5", "country"), ("dt IS NULL", "dt"),
    ])
    func aRowFilterThatDoesNotFitTheTableIsRefusedBeforeAnyCall(filter: String, named: String) async throws {
        let f = try await Fixture.make()
        let result = try await f.run([
            "grant", "--principal", f.principal, "--table", "\(f.database).orders", "--row-filter", filter,
            "--permissions", "SELECT",
        ])
        #expect(result.status == 1)
        #expect(result.stderr.contains("does not fit table \(f.database).orders"), "\(result.stderr)")
        #expect(result.stderr.contains(named), "\(result.stderr)")
        #expect(
            try await f.lf.listDataCellsFilter(table: .init(databaseName: f.database, name: "orders")).items.isEmpty)
        #expect(try await f.grants(["--principal", f.principal]).isEmpty)

        let columns = try await f.run([
            "grant", "--principal", f.principal, "--table", "\(f.database).orders", "--exclude-columns", "emial",
            "--permissions", "SELECT",
        ])
        #expect(columns.status == 1)
        #expect(columns.stderr.contains("has no column emial"), "\(columns.stderr)")
    }

    @Test func filterCommandsCreateShowListAndDelete() async throws {
        let f = try await Fixture.make()
        let table = "\(f.database).orders"
        let create = try await f.run(["filter", "create", "no-email", "--table", table, "--exclude-columns", "email"])
        #expect(create.stdout == "created\n", "\(create.stderr)")
        #expect(
            try await f.run(["filter", "create", "no-email", "--table", table, "--exclude-columns", "email"]).stdout
                == "unchanged\n")
        let clash = try await f.run(["filter", "create", "no-email", "--table", table, "--row-filter", "amount > 1"])
        #expect(clash.status == 1 && clash.stderr.contains("already exists"), "\(clash.stderr)")

        let show = try await f.run(["filter", "show", "no-email", "--table", table, "--output", "json"])
        let record = try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any] ?? [:]
        #expect(record["rowFilter"] as? String == "*")
        #expect(record["columns"] as? String == "* except email")

        let list = try await f.run(["filter", "list", "--database", f.database, "--output", "csv"])
        #expect(list.stdout.split(separator: "\n").count == 2, "\(list.stdout)")
        #expect(try await f.run(["filter", "delete", "no-email", "--table", table]).stdout == "deleted\n")
        let again = try await f.run(["filter", "delete", "no-email", "--table", table])
        #expect(again.status == 0 && again.stdout == "not found\n", "\(again.stdout) \(again.stderr)")
        let missing = try await f.run(["filter", "show", "no-email", "--table", table])
        #expect(missing.status == 1 && missing.stderr.contains("does not exist"), "\(missing.stderr)")
    }

    @Test func lfCheckFindsIamAllowedPrincipalsAndAnUnregisteredLocation() async throws {
        let f = try await Fixture.make()
        let clean = try await f.run(["lf", "check", "--database", f.database, "--output", "json"])
        #expect(clean.status == 0, "\(clean.stderr)")
        let before = try JSONSerialization.jsonObject(with: Data(clean.stdout.utf8)) as? [[String: Any]] ?? []
        #expect(before.map { $0["kind"] as? String } == ["unregistered-location"])
        #expect(before.first?["resource"] as? String == "\(f.database).orders")

        try await f.lf.grantPermissions(
            LFPrincipalPermissions(
                principal: .iamAllowedPrincipals, resource: LFResource(database: .init(name: f.database)),
                permissions: ["ALL"]))
        try await f.lf.registerResource(resourceArn: "arn:aws:s3:::\(f.bucket)", roleArn: nil)
        let found = try await f.run(["lf", "check", "--database", f.database, "--output", "json"])
        let after = try JSONSerialization.jsonObject(with: Data(found.stdout.utf8)) as? [[String: Any]] ?? []
        #expect(after.map { $0["kind"] as? String } == ["iam-allowed-principals"], "\(found.stdout)")
        #expect(after.first?["resource"] as? String == f.database)

        _ = try await f.run([
            "revoke", "--principal", "IAM_ALLOWED_PRINCIPALS", "--database", f.database, "--permissions", "ALL",
        ])
        let ok = try await f.run(["lf", "check", "--database", f.database])
        #expect(ok.stdout.hasPrefix("ok:"), "\(ok.stdout)")
    }

    @Test func lfRegisterMakesTheLocationGovernedAndSettingsShowTheDefaults() async throws {
        let f = try await Fixture.make()
        let location = "s3://\(f.bucket)/orders/"
        let first = try await f.run(["lf", "register", location, "--role", "arn:aws:iam::123456789012:role/lf"])
        #expect(first.stdout == "registered\n", "\(first.stderr)")
        #expect(try await f.run(["lf", "register", location]).stdout == "unchanged\n")
        let same = try await f.run(["lf", "register", location, "--role", "arn:aws:iam::123456789012:role/lf"])
        #expect(same.stdout == "unchanged\n", "\(same.stderr)")
        let other = try await f.run(["lf", "register", location, "--role", "arn:aws:iam::123456789012:role/other"])
        #expect(
            other.status == 1
                && other.stderr.contains("already registered with role arn:aws:iam::123456789012:role/lf, not "),
            "\(other.stderr)")
        let check = try await f.run(["lf", "check", "--database", f.database])
        #expect(check.stdout.hasPrefix("ok:"), "\(check.stdout)")
        let bad = try await f.run(["lf", "register", "/tmp/orders"])
        #expect(bad.status == 1 && bad.stderr.contains("not an S3 location"), "\(bad.stderr)")

        let settings = try await f.run(["lf", "settings", "--output", "json"])
        #expect(settings.status == 0, "\(settings.stderr)")
        let record = try JSONSerialization.jsonObject(with: Data(settings.stdout.utf8)) as? [String: Any] ?? [:]
        // moto's defaults are Lake Formation's: IAM_ALLOWED_PRINCIPALS gets ALL on new databases and tables.
        #expect(record["table_defaults"] as? [String] == ["IAM_ALLOWED_PRINCIPALS: ALL"])
        #expect(record["defaults_bypass_lake_formation"] as? Bool == true)
    }
}

/// The emulator's one allowed key, for the Lake Formation and Glue calls the tests make themselves.
private struct GovernanceEmulatorKey: CredentialProvider {
    let emulator: Emulator
    var name: String { "emulator key" }

    func credentials() async throws -> AWSCredentials? {
        AWSCredentials(accessKeyId: emulator.accessKeyId, secretAccessKey: emulator.secretAccessKey, source: "emulator")
    }
}
