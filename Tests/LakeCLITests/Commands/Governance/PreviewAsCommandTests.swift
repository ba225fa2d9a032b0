import AWSCore
import AWSServices
import Foundation
import LakeTestSupport
import Testing

/// `lakectl preview PATH --as P --table D.T` against the emulator: each principal's grants and data cells
/// filters on the table are read from Lake Formation and applied to a pyarrow-written Parquet file; the rows
/// and cells it prints are compared with DuckDB running the SQL those grants mean on the same file.
@Suite struct PreviewAsCommandTests {
    struct Fixture {
        let emulator: Emulator
        let client: AWSClient
        let database: String
        let file: String
        let suffix: String

        static func make() async throws -> Fixture {
            let emulator = try Emulator.current()
            let client = AWSClient(
                region: emulator.region, credentialProvider: PreviewEmulatorKey(emulator: emulator),
                endpoint: emulator.endpoint)
            let suffix = UniqueSuffix.make(12)
            let database = "pv_\(suffix)"
            let glue = GlueClient(client: client)
            try await glue.createDatabase(GlueDatabaseInput(name: database))
            let columns = [
                GlueColumn(name: "order_id", type: "bigint"), GlueColumn(name: "country", type: "string"),
                GlueColumn(name: "amount", type: "double"), GlueColumn(name: "email", type: "string"),
            ]
            try await glue.createTable(
                database: database,
                GlueTableInput(
                    name: "orders", storageDescriptor: .parquet(columns: columns, location: "s3://pv-\(suffix)/orders/")
                ))
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("lakectl-pv-\(suffix).parquet")
                .path
            try python(
                """
                import sys, pyarrow as pa, pyarrow.parquet as pq
                countries = ['KR', 'US', 'JP', None]
                pq.write_table(pa.table({
                    'order_id': pa.array(range(1, 41), pa.int64()),
                    'country': [countries[i % 4] for i in range(40)],
                    'amount': [None if i % 7 == 3 else i * 2.5 for i in range(40)],
                    'email': [f'u{i}@example.com' for i in range(40)],
                }), sys.argv[1])
                """, [file])
            return Fixture(emulator: emulator, client: client, database: database, file: file, suffix: suffix)
        }

        func principal(_ name: String) -> String { "arn:aws:iam::123456789012:role/\(name)-\(suffix)" }

        func run(_ arguments: [String]) async throws -> CLIRunner.Result {
            try await CLIRunner.run(arguments, environment: emulator.environment())
        }

        /// lakectl's jsonl for the principal must be DuckDB's answer to `sql` (`f` is the file), and not empty.
        func compare(_ principal: String, sql: String) async throws {
            let preview = try await run(["preview", file, "--as", principal, "--table", "\(database).orders"])
            #expect(preview.status == 0, "\(preview.stderr)")
            let out = file + ".\(UUID().uuidString).jsonl"
            try preview.stdout.write(toFile: out, atomically: true, encoding: .utf8)
            defer { try? FileManager.default.removeItem(atPath: out) }
            let result = try python(
                """
                import sys, json, duckdb
                path, out, sql = sys.argv[1:4]
                con = duckdb.connect()
                con.execute(f"CREATE VIEW f AS SELECT * FROM read_parquet('{path}')")
                cur = con.execute(sql)
                names = [d[0] for d in cur.description]
                want = [dict(zip(names, row)) for row in cur.fetchall()]
                got = [json.loads(line) for line in open(out) if line.strip()]
                key = lambda r: r['order_id']
                want.sort(key=key); got.sort(key=key)
                if [list(r.keys()) for r in got[:1]] != [names] and got:
                    print('columns', list(got[0].keys()), names)
                elif want != got:
                    print('rows', len(got), len(want), [r for r in got if r not in want][:3], [r for r in want if r not in got][:3])
                else:
                    print('same', len(got))
                """, [file, out, sql])
            #expect(result.hasPrefix("same ") && result != "same 0", "\(principal): \(result)")
        }

        var lf: LakeFormationClient { LakeFormationClient(client: client) }
    }

    @discardableResult
    static func python(_ script: String, _ arguments: [String]) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", script] + arguments
        let pipe = Pipe()
        p.standardOutput = pipe
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func threePrincipalsSeeExactlyWhatTheirGrantsAllow() async throws {
        let f = try await Fixture.make()
        defer { try? FileManager.default.removeItem(atPath: f.file) }
        let table = "\(f.database).orders"
        let korea = f.principal("korea")
        let cells = f.principal("cells")
        let everything = f.principal("all")

        // One filter: rows and columns.
        let one = try await f.run([
            "grant", "--principal", korea, "--table", table, "--row-filter", "country = 'KR' AND amount > 10",
            "--columns", "order_id,country,amount", "--permissions", "SELECT",
        ])
        #expect(one.status == 0, "\(one.stderr)")
        try await f.compare(korea, sql: "SELECT order_id, country, amount FROM f WHERE country = 'KR' AND amount > 10")

        // Two filters: the union of their rows, each cell shown where a filter that matched the row has it.
        for (name, filter, columns) in [
            ("kr", "country = 'KR'", "order_id,email"), ("us", "country = 'US' OR amount IS NULL", "order_id,amount"),
        ] {
            let r = try await f.run([
                "grant", "--principal", cells, "--table", table, "--row-filter", filter, "--columns", columns,
                "--filter-name", "\(name)-\(f.suffix)", "--permissions", "SELECT",
            ])
            #expect(r.status == 0, "\(r.stderr)")
        }
        try await f.compare(
            cells,
            sql: """
                SELECT order_id,
                  CASE WHEN country = 'US' OR amount IS NULL THEN amount END AS amount,
                  CASE WHEN country = 'KR' THEN email END AS email
                FROM f WHERE country = 'KR' OR (country = 'US' OR amount IS NULL)
                """)

        // A filter and a plain SELECT on the table: all rows and columns win.
        _ = try await f.run([
            "grant", "--principal", everything, "--table", table, "--row-filter", "country = 'JP'",
            "--permissions", "SELECT",
        ])
        _ = try await f.run(["grant", "--principal", everything, "--table", table, "--permissions", "SELECT"])
        try await f.compare(everything, sql: "SELECT * FROM f")

        // Through an LF-tag expression: the table is tagged team=sales, its email column overridden to team=ops.
        let key = "team_\(f.suffix)"
        let tagged = f.principal("tagged")
        _ = try await f.run(["tag", "create", key, "--values", "sales,ops"])
        _ = try await f.run(["tag", "assign", "--table", table, "\(key)=sales"])
        _ = try await f.run(["tag", "assign", "--table", table, "--columns", "email", "\(key)=ops"])
        let viaTag = try await f.run([
            "grant", "--principal", tagged, "--tag", "\(key)=sales", "--permissions", "SELECT,DESCRIBE",
        ])
        #expect(viaTag.status == 0, "\(viaTag.stderr)")
        try await f.compare(tagged, sql: "SELECT order_id, country, amount FROM f")
        _ = try await f.run(["tag", "delete", key])

        let nobody = try await f.run(["preview", f.file, "--as", f.principal("nobody"), "--table", table])
        #expect(nobody.status == 1 && nobody.stderr.contains("has no SELECT on \(table)"), "\(nobody.stderr)")
        let both = try await f.run(["preview", f.file, "--as", korea, "--table", table, "--row-filter", "amount > 1"])
        #expect(both.status != 0 && both.stderr.contains("drop --row-filter"), "\(both.stderr)")
        // The table's location is not registered: the preview warns that Lake Formation would not enforce this.
        let warned = try await f.run(["preview", f.file, "--as", korea, "--table", table, "--limit", "1"])
        #expect(warned.stderr.contains("lakectl: warning: the location s3://pv-"), "\(warned.stderr)")
        let hidden = try await f.run(["preview", f.file, "--as", korea, "--table", table, "--columns", "amount,email"])
        #expect(hidden.status == 1 && hidden.stderr.contains("email is hidden for \(korea)"), "\(hidden.stderr)")
        let narrowed = try await f.run([
            "preview", f.file, "--as", korea, "--table", table, "--columns", "amount,order_id", "--output", "csv",
        ])
        #expect(narrowed.stdout.hasPrefix("amount,order_id\n"), "\(narrowed.stdout) \(narrowed.stderr)")
    }

    /// PATH as the Glue table itself: its files read from S3 and its grants applied with no --table; and with
    /// --config, the grants the lake file's teams declare instead of Lake Formation's.
    @Test func aGlueTableIsItsOwnTableAndALakeFileCanStandForLakeFormation() async throws {
        let f = try await Fixture.make()
        defer { try? FileManager.default.removeItem(atPath: f.file) }
        let table = "\(f.database).orders"
        let s3 = S3Client(client: f.client)
        try await s3.createBucket("pv-\(f.suffix)", region: f.emulator.region)
        try await s3.putObject(bucket: "pv-\(f.suffix)", key: "orders/part-0.parquet", file: f.file)
        let korea = f.principal("korea")
        let granted = try await f.run([
            "grant", "--principal", korea, "--table", table, "--row-filter", "country = 'KR'", "--exclude-columns",
            "email", "--permissions", "SELECT",
        ])
        #expect(granted.status == 0, "\(granted.stderr)")
        let remote = try await f.run(["preview", table, "--as", korea, "--output", "csv"])
        #expect(remote.status == 0, "\(remote.stderr)")
        let local = try await f.run(["preview", f.file, "--as", korea, "--table", table, "--output", "csv"])
        #expect(
            remote.stdout == local.stdout && remote.stdout.hasPrefix("order_id,country,amount\n"), "\(remote.stdout)")
        try await f.compare(korea, sql: "SELECT order_id, country, amount FROM f WHERE country = 'KR'")
        let noTable = try await f.run(["preview", f.file, "--as", korea])
        #expect(noTable.status != 0 && noTable.stderr.contains("--as needs --table"), "\(noTable.stderr)")

        // The lake file's teams: korea is granted nothing there, the team `us` sees US rows without amount.
        let config = f.file + ".lake.yaml"
        defer { try? FileManager.default.removeItem(atPath: config) }
        try """
        version: 1
        region: \(f.emulator.region)
        databases:
          \(f.database):
            description: preview
        teams:
          us:
            principals: ["arn:aws:iam::${account}:role/us-\(f.suffix)"]
            grants:
              - { table: \(table), permissions: [SELECT], exclude_columns: [amount], row_filter: "country = 'US'" }

        """.write(toFile: config, atomically: true, encoding: .utf8)
        let declared = try await f.run([
            "preview", f.file, "--as", f.principal("us"), "--table", table, "--config", config, "--output", "csv",
        ])
        #expect(declared.status == 0, "\(declared.stderr)")
        let byTeam = try await f.run(["preview", table, "--as", "us", "--config", config, "--output", "csv"])
        #expect(byTeam.stdout == declared.stdout, "\(byTeam.stdout) \(byTeam.stderr)")
        let want = try Self.python(
            """
            import sys, duckdb
            rows = duckdb.sql(f"SELECT order_id, country, email FROM read_parquet('{sys.argv[1]}') WHERE country = 'US'").fetchall()
            print('order_id,country,email')
            for r in rows: print(','.join(str(v) for v in r))
            """, [f.file])
        #expect(declared.stdout.trimmingCharacters(in: .newlines) == want && want.contains("\n"), "\(declared.stdout)")
        let notDeclared = try await f.run(["preview", f.file, "--as", korea, "--table", table, "--config", config])
        #expect(
            notDeclared.status == 1 && notDeclared.stderr.contains("has no SELECT on \(table)"), "\(notDeclared.stderr)"
        )
    }
}

/// The emulator's one allowed key, for the Glue calls the tests make themselves.
private struct PreviewEmulatorKey: CredentialProvider {
    let emulator: Emulator
    var name: String { "emulator key" }

    func credentials() async throws -> AWSCredentials? {
        AWSCredentials(accessKeyId: emulator.accessKeyId, secretAccessKey: emulator.secretAccessKey, source: "emulator")
    }
}
