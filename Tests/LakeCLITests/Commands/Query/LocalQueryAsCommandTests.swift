import AWSCore
import AWSServices
import Foundation
import LakeTestSupport
import Testing

/// `lakectl query --local SQL --data NAME=PATH --as P` against the emulator: each table the SQL reads is read as
/// P's Lake Formation grants on its Glue table show it (filters' rows, cells, hidden columns), then the SQL runs;
/// the result is compared with DuckDB running the same SQL on views that apply those grants to the same Parquet.
@Suite struct LocalQueryAsCommandTests {
    struct Fixture {
        let emulator: Emulator
        let database: String
        let orders: String
        let regions: String
        let suffix: String

        static func make() async throws -> Fixture {
            let emulator = try Emulator.current()
            let client = AWSClient(
                region: emulator.region, credentialProvider: LocalQueryEmulatorKey(emulator: emulator),
                endpoint: emulator.endpoint)
            let suffix = UniqueSuffix.make(12)
            let database = "lq_\(suffix)"
            let glue = GlueClient(client: client)
            try await glue.createDatabase(GlueDatabaseInput(name: database))
            let tables: [(String, [GlueColumn])] = [
                (
                    "orders",
                    [
                        GlueColumn(name: "order_id", type: "bigint"), GlueColumn(name: "country", type: "string"),
                        GlueColumn(name: "amount", type: "double"), GlueColumn(name: "email", type: "string"),
                    ]
                ),
                ("regions", [GlueColumn(name: "country", type: "string"), GlueColumn(name: "region", type: "string")]),
            ]
            for (name, columns) in tables {
                try await glue.createTable(
                    database: database,
                    GlueTableInput(
                        name: name,
                        storageDescriptor: .parquet(columns: columns, location: "s3://lq-\(suffix)/\(name)/")))
            }
            let base = FileManager.default.temporaryDirectory.appendingPathComponent("lakectl-lq-\(suffix)").path
            try PreviewAsCommandTests.python(
                """
                import sys, pyarrow as pa, pyarrow.parquet as pq
                countries = ['KR', 'US', 'JP', None]
                pq.write_table(pa.table({
                    'order_id': pa.array(range(1, 41), pa.int64()),
                    'country': [countries[i % 4] for i in range(40)],
                    'amount': [None if i % 7 == 3 else i * 2.5 for i in range(40)],
                    'email': [f'u{i}@example.com' for i in range(40)],
                }), sys.argv[1] + '-orders.parquet')
                pq.write_table(pa.table({'country': ['KR', 'US', 'JP'], 'region': ['asia', 'america', 'asia']}),
                               sys.argv[1] + '-regions.parquet')
                """, [base])
            return Fixture(
                emulator: emulator, database: database, orders: base + "-orders.parquet",
                regions: base + "-regions.parquet", suffix: suffix)
        }

        func principal(_ name: String) -> String { "arn:aws:iam::123456789012:role/\(name)-\(suffix)" }

        func run(_ arguments: [String]) async throws -> CLIRunner.Result {
            try await CLIRunner.run(arguments, environment: emulator.environment())
        }

        func query(_ principal: String, _ sql: String, _ extra: [String] = []) async throws -> CLIRunner.Result {
            try await run(
                [
                    "query", "--local", sql, "--data", "orders=\(orders)", "--data", "regions=\(regions)", "--as",
                    principal, "--output", "jsonl",
                ] + extra)
        }

        /// lakectl's jsonl rows for `sql` as P must be DuckDB's rows for the same `sql` where `orders` is the
        /// view `ordersView` (the grants applied by hand) and `regions` the whole file; not empty.
        func compare(_ principal: String, _ sql: String, ordersView: String, extra: [String] = []) async throws {
            let r = try await query(principal, sql, extra)
            #expect(r.status == 0, "\(principal): \(r.stderr)")
            let out = orders + ".\(UUID().uuidString).jsonl"
            try r.stdout.write(toFile: out, atomically: true, encoding: .utf8)
            defer { try? FileManager.default.removeItem(atPath: out) }
            let result = try PreviewAsCommandTests.python(
                """
                import sys, json, duckdb
                orders, regions, out, view, sql = sys.argv[1:6]
                con = duckdb.connect()
                con.execute(f"CREATE VIEW f AS SELECT * FROM read_parquet('{orders}')")
                con.execute(f"CREATE VIEW orders AS {view}")
                con.execute(f"CREATE VIEW regions AS SELECT * FROM read_parquet('{regions}')")
                cur = con.execute(sql)
                names = [d[0] for d in cur.description]
                norm = lambda v: round(v, 6) if isinstance(v, float) else v
                want = [[norm(v) for v in row] for row in cur.fetchall()]
                lines = [json.loads(line) for line in open(out) if line.strip()]
                got = [[norm(v) for v in r.values()] for r in lines]
                key = lambda r: json.dumps(r)
                if lines and list(lines[0].keys()) != names:
                    print('columns', list(lines[0].keys()), names)
                elif sorted(want, key=key) != sorted(got, key=key):
                    print('rows', len(got), len(want), got[:3], want[:3])
                else:
                    print('same', len(got))
                """, [orders, regions, out, ordersView, sql])
            #expect(result.hasPrefix("same ") && result != "same 0", "\(principal): \(sql): \(result)")
        }
    }

    @Test func sqlRunsOnWhatEachPrincipalSees() async throws {
        let f = try await Fixture.make()
        defer {
            try? FileManager.default.removeItem(atPath: f.orders)
            try? FileManager.default.removeItem(atPath: f.regions)
        }
        let table = "\(f.database).orders"
        let byDatabase = ["--database", f.database]
        let korea = f.principal("korea")
        let cells = f.principal("cells")

        // One data cells filter: its rows and columns, then GROUP BY, a join and count(*) over them.
        for arguments in [
            [
                "grant", "--principal", korea, "--table", table, "--row-filter", "country = 'KR' OR amount > 60",
                "--columns", "order_id,country,amount", "--permissions", "SELECT",
            ],
            ["grant", "--principal", korea, "--table", "\(f.database).regions", "--permissions", "SELECT"],
        ] {
            let granted = try await f.run(arguments)
            #expect(granted.status == 0, "\(granted.stderr)")
        }
        let koreaView = "SELECT order_id, country, amount FROM f WHERE country = 'KR' OR amount > 60"
        try await f.compare(korea, "SELECT * FROM orders", ordersView: koreaView, extra: byDatabase)
        try await f.compare(
            korea,
            "SELECT r.region, count(*) AS n, round(sum(o.amount), 2) AS total FROM orders o "
                + "JOIN regions r ON o.country = r.country GROUP BY r.region",
            ordersView: koreaView, extra: byDatabase)
        try await f.compare(korea, "SELECT count(*) AS n FROM orders", ordersView: koreaView, extra: byDatabase)

        // Two filters: the union of their rows, each cell shown where a filter that matched the row has it;
        // the tables bound under other names, mapped with --table-for.
        for (name, filter, columns) in [
            ("kr", "country = 'KR'", "order_id,email"), ("us", "country = 'US' OR amount IS NULL", "order_id,amount"),
        ] {
            let r = try await f.run([
                "grant", "--principal", cells, "--table", table, "--row-filter", filter, "--columns", columns,
                "--filter-name", "\(name)-\(f.suffix)", "--permissions", "SELECT",
            ])
            #expect(r.status == 0, "\(r.stderr)")
        }
        let cellsView = """
            SELECT order_id,
              CASE WHEN country = 'US' OR amount IS NULL THEN amount END AS amount,
              CASE WHEN country = 'KR' THEN email END AS email
            FROM f WHERE country = 'KR' OR (country = 'US' OR amount IS NULL)
            """
        let seen = try await f.run([
            "query", "--local", "SELECT * FROM o", "--data", "o=\(f.orders)", "--as", cells, "--table-for",
            "o=\(table)", "--output", "csv",
        ])
        #expect(seen.stdout.hasPrefix("order_id,amount,email\n"), "\(seen.stdout) \(seen.stderr)")
        try await f.compare(
            cells, "SELECT order_id, amount, email FROM orders WHERE order_id > 5", ordersView: cellsView,
            extra: ["--table-for", "orders=\(table)"])

        // A hidden column, a table without SELECT, a table with no Glue table to stand for.
        let hidden = try await f.query(korea, "SELECT order_id, email FROM orders", byDatabase)
        #expect(
            hidden.status == 1 && hidden.stderr.contains("column email of orders is hidden for \(korea)"),
            "\(hidden.stderr)")
        let noRegions = try await f.query(
            cells, "SELECT * FROM orders o JOIN regions r ON o.country = r.country", byDatabase)
        #expect(
            noRegions.status == 1 && noRegions.stderr.contains("has no SELECT on \(f.database).regions"),
            "\(noRegions.stderr)")
        let unmapped = try await f.query(korea, "SELECT * FROM orders")
        #expect(
            unmapped.status != 0 && unmapped.stderr.contains("--table-for orders=DATABASE.TABLE"), "\(unmapped.stderr)")
        // The locations are not registered: Lake Formation would not enforce these grants, said on stderr.
        let warned = try await f.query(korea, "SELECT count(*) AS n FROM orders", byDatabase)
        #expect(warned.stderr.contains("lakectl: warning: the location s3://lq-"), "\(warned.stderr)")
        let athena = try await f.run(["query", "SELECT 1", "--as", korea])
        #expect(athena.status != 0 && athena.stderr.contains("--as previews"), "\(athena.stderr)")
    }

    /// With --database and no --data, the tables the SQL names are the database's Glue tables, read from their S3
    /// locations; an s3:// --data path is read from S3 too. Either way P sees what it sees in the local files.
    @Test func glueTablesAndS3PathsAreReadAsThePrincipalSeesThem() async throws {
        let f = try await Fixture.make()
        defer {
            try? FileManager.default.removeItem(atPath: f.orders)
            try? FileManager.default.removeItem(atPath: f.regions)
        }
        let s3 = S3Client(
            client: AWSClient(
                region: f.emulator.region, credentialProvider: LocalQueryEmulatorKey(emulator: f.emulator),
                endpoint: f.emulator.endpoint))
        try await s3.createBucket("lq-\(f.suffix)", region: f.emulator.region)
        try await s3.putObject(bucket: "lq-\(f.suffix)", key: "orders/part-0.parquet", file: f.orders)
        try await s3.putObject(bucket: "lq-\(f.suffix)", key: "regions/part-0.parquet", file: f.regions)
        let korea = f.principal("korea")
        for arguments in [
            [
                "grant", "--principal", korea, "--table", "\(f.database).orders", "--row-filter", "country = 'KR'",
                "--exclude-columns", "email", "--permissions", "SELECT",
            ],
            ["grant", "--principal", korea, "--table", "\(f.database).regions", "--permissions", "SELECT"],
        ] {
            let granted = try await f.run(arguments)
            #expect(granted.status == 0, "\(granted.stderr)")
        }
        let sql =
            "SELECT o.order_id, o.amount, r.region FROM orders o JOIN regions r ON o.country = r.country ORDER BY 1"
        let byDatabase = ["--database", f.database]
        try await f.compare(
            korea, sql, ordersView: "SELECT order_id, country, amount FROM f WHERE country = 'KR'", extra: byDatabase)
        let local = try await f.query(korea, sql, byDatabase)
        let glue = try await f.run(["query", "--local", sql, "--as", korea, "--output", "jsonl"] + byDatabase)
        #expect(
            glue.status == 0 && glue.stdout == local.stdout && !glue.stdout.isEmpty, "\(glue.stdout) \(glue.stderr)")
        let s3Path = try await f.run(
            [
                "query", "--local", sql, "--data", "orders=s3://lq-\(f.suffix)/orders/", "--as", korea, "--output",
                "jsonl",
            ] + byDatabase)
        #expect(s3Path.stdout == local.stdout, "\(s3Path.stdout) \(s3Path.stderr)")
        // The same Glue table twice (a self-join) is read once and counted as P sees it on both sides.
        let selfJoin = "SELECT count(*) AS n FROM orders a JOIN orders b ON a.order_id = b.order_id"
        let twice = try await f.run(["query", "--local", selfJoin, "--as", korea, "--output", "csv"] + byDatabase)
        let twiceLocal = try await f.query(korea, selfJoin, byDatabase)
        #expect(twice.status == 0 && twice.stdout.hasPrefix("n\n"), "\(twice.stdout) \(twice.stderr)")
        #expect(twiceLocal.stdout == "{\"n\":\(twice.stdout.dropFirst(2).trimmingCharacters(in: .newlines))}\n")
        let hidden = try await f.run(["query", "--local", "SELECT email FROM orders", "--as", korea] + byDatabase)
        #expect(hidden.status == 1 && hidden.stderr.contains("email of orders is hidden"), "\(hidden.stderr)")
    }
}

/// The emulator's one allowed key, for the Glue calls the test makes itself.
private struct LocalQueryEmulatorKey: CredentialProvider {
    let emulator: Emulator
    var name: String { "emulator key" }

    func credentials() async throws -> AWSCredentials? {
        AWSCredentials(accessKeyId: emulator.accessKeyId, secretAccessKey: emulator.secretAccessKey, source: "emulator")
    }
}
