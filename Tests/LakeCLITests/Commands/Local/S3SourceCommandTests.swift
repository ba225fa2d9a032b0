import AWSCore
import AWSServices
import Foundation
import LakeCodec
import LakeTestSupport
import Testing

/// The local commands on `s3://` objects and prefixes, run as processes against the emulator (signature
/// checking on): each prints exactly what it prints for the local copy, and `-v` reports the bytes the
/// ranged GETs fetched, so a footer-only `inspect` is shown to fetch the footer and nothing else.
@Suite struct S3SourceCommandTests {
    static let parquetFile = "parquet/duckdb-parquet-testing/lineitem-top10000.gzip.parquet"
    static let csvFile = "csv/duckdb/data-csv/aws_locations.csv"

    struct Fixture {
        let emulator: Emulator
        let bucket: String
        let parquet: URL
        let csv: URL
        /// A local folder `sales/year=2024/part-0.parquet`, `sales/year=2025/part-0.parquet`, uploaded as
        /// `s3://bucket/sales/…`.
        let sales: URL

        var parquetURL: String { "s3://\(bucket)/data/lineitem.parquet" }
        var csvURL: String { "s3://\(bucket)/data/aws_locations.csv" }
        var salesURL: String { "s3://\(bucket)/sales/" }

        static func make() async throws -> Fixture {
            let emulator = try Emulator.current()
            let s3 = S3Client(client: emulator.client())
            let bucket = Emulator.uniqueName("src")
            try await s3.createBucket(bucket)
            let parquet = try Fixtures.corpusItem(S3SourceCommandTests.parquetFile)
            let csv = try Fixtures.corpusItem(S3SourceCommandTests.csvFile)
            _ = try await s3.putObject(bucket: bucket, key: "data/lineitem.parquet", file: parquet.path)
            _ = try await s3.putObject(bucket: bucket, key: "data/aws_locations.csv", file: csv.path)
            let sales = FileManager.default.temporaryDirectory.appendingPathComponent("lakectl-\(bucket)/sales")
            for year in ["2024", "2025"] {
                let folder = sales.appendingPathComponent("year=\(year)")
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                let file = folder.appendingPathComponent("part-0.parquet")
                if !FileManager.default.fileExists(atPath: file.path) {
                    try FileManager.default.copyItem(at: parquet, to: file)
                }
                _ = try await s3.putObject(bucket: bucket, key: "sales/year=\(year)/part-0.parquet", file: file.path)
            }
            return Fixture(emulator: emulator, bucket: bucket, parquet: parquet, csv: csv, sales: sales)
        }

        func run(_ arguments: [String], endpoint: String? = nil) async throws -> CLIRunner.Result {
            var extra: [String: String] = [:]
            if let endpoint {
                extra["AWS_ENDPOINT_URL"] = endpoint
                extra["AWS_MAX_ATTEMPTS"] = "8"
            }
            return try await CLIRunner.run(arguments, environment: emulator.environment(extra))
        }

        /// Runs the command on the local path and on the S3 URL; both must succeed with the same output.
        func expectSameOutput(_ local: [String], _ remote: [String], endpoint: String? = nil) async throws -> String {
            let a = try await run(local)
            let b = try await run(remote + ["-v"], endpoint: endpoint)
            #expect(a.status == 0, "\(a.stderr)")
            #expect(b.status == 0, "\(b.stderr)")
            #expect(a.stdout == b.stdout, "\(remote)")
            #expect(!a.stdout.isEmpty)
            return b.stderr
        }
    }

    /// "lakectl: fetched N bytes in K ranged GETs …" from `-v`.
    static func fetched(_ stderr: String) throws -> (bytes: Int, requests: Int) {
        let line = try #require(stderr.split(separator: "\n").first { $0.hasPrefix("lakectl: fetched ") })
        let words = line.split(separator: " ")
        return (try #require(Int(words[2])), try #require(Int(words[5])))
    }

    /// The footer's length, from the file's last 8 bytes.
    static func footerLength(_ file: URL) throws -> Int {
        let bytes = [UInt8](try Data(contentsOf: file).suffix(8))
        return Int(bytes[0]) | Int(bytes[1]) << 8 | Int(bytes[2]) << 16 | Int(bytes[3]) << 24
    }

    @Test func inspectFetchesTheFooterAndLittleElse() async throws {
        let f = try await Fixture.make()
        let local = try await f.run(["inspect", f.parquet.path, "--output", "json"])
        let remote = try await f.run(["inspect", f.parquetURL, "--output", "json", "-v"])
        #expect(remote.status == 0, "\(remote.stderr)")
        #expect(
            local.stdout.replacingOccurrences(of: f.parquet.path, with: f.parquetURL) == remote.stdout)
        let size = try #require(try FileManager.default.attributesOfItem(atPath: f.parquet.path)[.size] as? Int)
        let footer = try Self.footerLength(f.parquet)
        let fetched = try Self.fetched(remote.stderr)
        print(
            "inspect s3://…/lineitem.parquet: fetched \(fetched.bytes) bytes in \(fetched.requests) GETs; footer \(footer) bytes, file \(size) bytes"
        )
        #expect(fetched.bytes >= footer + 8)
        #expect(fetched.bytes <= footer + 8 + ParquetFile.footerGuess + 4)
        #expect(fetched.bytes < size / 10)
        // The same count seen from outside: the fault proxy (no faults) sums the GetObject bodies it relays.
        let proxy = try await FaultProxy.start(rate: 0)
        defer { proxy.stop() }
        let counted = try await f.run(["inspect", f.parquetURL, "-v"], endpoint: proxy.endpoint)
        #expect(counted.status == 0, "\(counted.stderr)")
        let gets = try #require(try await proxy.stats().operations["s3:GET object"])
        #expect(gets.bodyBytes == fetched.bytes)
        #expect(gets.requests == fetched.requests)
        // A prefix holding one data object (a table's location) means that object.
        let object = "s3://\(f.bucket)/sales/year=2024/part-0.parquet"
        let viaPrefix = try await f.run(["inspect", "s3://\(f.bucket)/sales/year=2024/", "--output", "json"])
        #expect(viaPrefix.status == 0, "\(viaPrefix.stderr)")
        #expect(local.stdout.replacingOccurrences(of: f.parquet.path, with: object) == viaPrefix.stdout)
    }

    @Test func catAndProfileMatchTheLocalFileAndFetchOnlyTheColumnsAsked() async throws {
        let f = try await Fixture.make()
        let stderr = try await f.expectSameOutput(
            ["cat", f.parquet.path, "--columns", "l_orderkey,l_shipmode", "--limit", "10"],
            ["cat", f.parquetURL, "--columns", "l_orderkey,l_shipmode", "--limit", "10"])
        let size = try #require(try FileManager.default.attributesOfItem(atPath: f.parquet.path)[.size] as? Int)
        #expect(try Self.fetched(stderr).bytes < size / 4, "\(stderr)")
        _ = try await f.expectSameOutput(["cat", f.parquet.path], ["cat", f.parquetURL])
        let profiled = try await f.expectSameOutput(
            ["profile", f.parquet.path, "--columns", "l_quantity", "--output", "json"],
            ["profile", f.parquetURL, "--columns", "l_quantity", "--output", "json"])
        #expect(try Self.fetched(profiled).bytes < size / 4, "\(profiled)")
        _ = try await f.expectSameOutput(["cat", f.csv.path, "--limit", "5"], ["cat", f.csvURL, "--limit", "5"])
    }

    /// `cat` and `profile` on a prefix of several Parquet files under `year=…` folders print what they
    /// print for the local folder: the files' rows in turn with `year` as a trailing string column, which
    /// `--columns` and `--where` may name, and `year` profiled after the files' columns.
    @Test func catAndProfileReadAPartitionedPrefixLikeTheLocalFolder() async throws {
        let f = try await Fixture.make()
        let columns = ["--columns", "l_orderkey,year,l_shipmode"]
        let filtered = ["--where", "year = '2025' AND l_linenumber = 3", "--limit", "30"]
        let catted = try await f.expectSameOutput(
            ["cat", f.sales.path, "--output", "csv"] + columns + filtered,
            ["cat", f.salesURL, "--output", "csv"] + columns + filtered)
        #expect(catted.contains("ranged GETs from 2 of 2 objects"), "\(catted)")
        let local = try await f.run(["cat", f.sales.path, "--output", "csv"] + columns + filtered)
        let rows = local.stdout.split(separator: "\n")
        #expect(rows.first == "l_orderkey,year,l_shipmode")
        #expect(rows.count == 31)
        #expect(rows.dropFirst().allSatisfy { $0.contains(",2025,") }, "\(local.stdout)")
        // Both files, in key order: the limit reaches into the second one.
        let all = try await f.run(["cat", f.salesURL, "--columns", "year", "--output", "csv"])
        #expect(all.status == 0, "\(all.stderr)")
        #expect(all.stdout.split(separator: "\n").filter { $0 == "2024" }.count == 10_000)
        #expect(all.stdout.split(separator: "\n").filter { $0 == "2025" }.count == 10_000)
        _ = try await f.expectSameOutput(
            ["cat", f.sales.path, "--limit", "3", "--output", "table"],
            ["cat", f.salesURL, "--limit", "3", "--output", "table"])
        _ = try await f.expectSameOutput(["profile", f.sales.path], ["profile", f.salesURL])
        let profile = try await f.run(["profile", f.salesURL, "--columns", "l_quantity,year", "--output", "json"])
        #expect(profile.status == 0, "\(profile.stderr)")
        let records = try #require(
            try JSONSerialization.jsonObject(with: Data(profile.stdout.utf8)) as? [[String: Any]])
        #expect(records.map { $0["column"] as? String } == ["l_quantity", "year"])
        #expect(records.map { $0["count"] as? Int } == [20_000, 20_000])
        #expect(records[1]["min"] as? String == "2024")
        #expect(records[1]["max"] as? String == "2025")
        #expect(records[1]["distinct_estimate"] as? Int == 2)
    }

    /// `profile` of an S3 object fetches one row group's chunks at a time (so memory stays bounded by a
    /// row group): at least one ranged GET per row group, and the same profile as the local file.
    @Test func profileFetchesOneRowGroupAtATime() async throws {
        let f = try await Fixture.make()
        let file = try Fixtures.corpusItem("parquet/duckdb-parquet-testing/file_row_number.parquet")
        let s3 = S3Client(client: f.emulator.client())
        _ = try await s3.putObject(bucket: f.bucket, key: "groups/file_row_number.parquet", file: file.path)
        let stderr = try await f.expectSameOutput(
            ["profile", file.path, "--output", "json"],
            ["profile", "s3://\(f.bucket)/groups/file_row_number.parquet", "--output", "json"])
        let rowGroups = try ParquetFile.open(file.path).rowGroupCount
        #expect(rowGroups == 10)
        // The footer takes one or two GETs; the ten row groups (57 KiB, one request if fetched at once)
        // at least one each.
        #expect(try Self.fetched(stderr).requests >= rowGroups + 1, "\(stderr)")
    }

    @Test func schemaInferAndCrawlDryRunReadAPrefixLikeTheLocalFolder() async throws {
        let f = try await Fixture.make()
        let location = ["--location", f.salesURL]
        let crawl = try await f.expectSameOutput(
            ["crawl", "--dry-run", f.sales.path, "--output", "json"] + location,
            ["crawl", "--dry-run", f.salesURL, "--output", "json"])
        #expect(crawl.contains("for 2 objects"), "\(crawl)")
        _ = try await f.expectSameOutput(
            ["schema", "infer", f.sales.path, "--output", "json"] + location,
            ["schema", "infer", f.salesURL, "--output", "json"])
        _ = try await f.expectSameOutput(
            [
                "schema", "infer", f.csv.path, "--output", "json", "--name", "locations", "--location",
                "s3://\(f.bucket)/data/",
            ],
            ["schema", "infer", f.csvURL, "--output", "json", "--name", "locations"])
        // One object rather than a prefix: the same as its local copy in a folder of the same name (tables
        // are named after it), located in the object's folder.
        let dataLocation = ["--location", "s3://\(f.bucket)/data/"]
        let copy = f.sales.deletingLastPathComponent().appendingPathComponent("data/lineitem.parquet")
        try FileManager.default.createDirectory(
            at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
        if !FileManager.default.fileExists(atPath: copy.path) {
            try FileManager.default.copyItem(at: f.parquet, to: copy)
        }
        _ = try await f.expectSameOutput(
            ["crawl", "--dry-run", copy.path, "--output", "json"] + dataLocation,
            ["crawl", "--dry-run", f.parquetURL, "--output", "json"])
        _ = try await f.expectSameOutput(
            ["schema", "infer", f.parquet.path, "--output", "json", "--name", "lineitem"] + dataLocation,
            ["schema", "infer", f.parquetURL, "--output", "json", "--name", "lineitem"])
        _ = try await f.expectSameOutput(
            ["preview", f.parquet.path, "--row-filter", "l_linenumber = 7", "--limit", "5"],
            ["preview", f.parquetURL, "--row-filter", "l_linenumber = 7", "--limit", "5"])
        _ = try await f.expectSameOutput(
            ["profile", f.csv.path, "--output", "json"], ["profile", f.csvURL, "--output", "json"])
        _ = try await f.expectSameOutput(
            [
                "preview", f.sales.path, "--row-filter", "l_linenumber = 3", "--columns", "l_orderkey,year", "--limit",
                "20",
            ],
            [
                "preview", f.salesURL, "--row-filter", "l_linenumber = 3", "--columns", "l_orderkey,year", "--limit",
                "20",
            ])
    }

    @Test func previewOfAGlueTableReadsItsLocation() async throws {
        let f = try await Fixture.make()
        let glue = GlueClient(client: f.emulator.client())
        let database = "src_" + f.bucket.replacingOccurrences(of: "-", with: "_")
        try await glue.createDatabase(GlueDatabaseInput(name: database))
        try await glue.createTable(
            database: database,
            GlueTableInput(
                name: "sales",
                storageDescriptor: .parquet(
                    columns: [GlueColumn(name: "l_orderkey", type: "bigint")], location: f.salesURL),
                partitionKeys: [GlueColumn(name: "year", type: "string")]))
        let filter = ["--row-filter", "l_linenumber = 3 AND year = '2025'", "--columns", "l_orderkey,year"]
        _ = try await f.expectSameOutput(
            ["preview", f.sales.path, "--limit", "20"] + filter,
            ["preview", "\(database).sales", "--limit", "20"] + filter)
        let missing = try await f.run(["preview", "\(database).nothing"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("nothing"), "\(missing.stderr)")
    }

    /// `query --local` reads a `--data NAME=s3://…` prefix, and a Glue table named `DB.TABLE` (or by a bare
    /// name with `--database`) without `--data`, from S3: the same rows as on the local folder.
    @Test func queryLocalReadsAnS3PrefixAndAGlueTableLikeTheLocalFolder() async throws {
        let f = try await Fixture.make()
        let glue = GlueClient(client: f.emulator.client())
        let database = "q_" + f.bucket.replacingOccurrences(of: "-", with: "_")
        try await glue.createDatabase(GlueDatabaseInput(name: database))
        try await glue.createTable(
            database: database,
            GlueTableInput(
                name: "sales",
                storageDescriptor: .parquet(
                    columns: [GlueColumn(name: "l_orderkey", type: "bigint")], location: f.salesURL),
                partitionKeys: [GlueColumn(name: "year", type: "string")]))
        let sql =
            "SELECT year, count(*) AS n, max(sales.l_orderkey) AS top FROM sales WHERE l_linenumber = 3 "
            + "GROUP BY year ORDER BY year"
        let local = ["query", "--local", sql, "--data", "sales=\(f.sales.path)", "--output", "csv"]
        let expected = try await f.run(local)
        #expect(expected.stdout.split(separator: "\n").count == 3, "\(expected.stdout)")
        #expect(expected.stdout.hasPrefix("year,n,top\n2024,"), "\(expected.stdout)")
        _ = try await f.expectSameOutput(
            local, ["query", "--local", sql, "--data", "sales=\(f.salesURL)", "--output", "csv"])
        let qualified = sql.replacingOccurrences(of: "FROM sales", with: "FROM \(database).sales")
        // A binding the query does not name is not read (this prefix is empty: reading it would fail).
        _ = try await f.expectSameOutput(
            local,
            ["query", "--local", qualified, "--output", "csv", "--data", "unused=s3://\(f.bucket)/nothing/"])
        _ = try await f.expectSameOutput(
            local, ["query", "--local", sql, "--database", database, "--output", "csv"])
        let missing = try await f.run(["query", "--local", "SELECT * FROM \(database).nothing"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("nothing"), "\(missing.stderr)")
    }

    /// A Glue table whose partitions sit in plain folders (`flat/2024/`), not `year=2024/`: `preview` and
    /// `query --local` read the registered partitions with the catalog's key, as Athena does (a folder no
    /// partition names is not read): the same rows as the local `year=…` folder.
    @Test func aGlueTablesRegisteredPartitionsAreReadWithTheirKeys() async throws {
        let f = try await Fixture.make()
        let s3 = S3Client(client: f.emulator.client())
        for year in ["2024", "2025", "2026"] {
            _ = try await s3.putObject(bucket: f.bucket, key: "flat/\(year)/part-0.parquet", file: f.parquet.path)
        }
        let glue = GlueClient(client: f.emulator.client())
        let database = "p_" + f.bucket.replacingOccurrences(of: "-", with: "_")
        try await glue.createDatabase(GlueDatabaseInput(name: database))
        let columns = [GlueColumn(name: "l_orderkey", type: "bigint")]
        try await glue.createTable(
            database: database,
            GlueTableInput(
                name: "flat", storageDescriptor: .parquet(columns: columns, location: "s3://\(f.bucket)/flat/"),
                partitionKeys: [GlueColumn(name: "year", type: "string")]))
        for year in ["2024", "2025"] {
            try await glue.createPartition(
                database: database, table: "flat",
                GluePartition(
                    values: [year],
                    storageDescriptor: .parquet(columns: columns, location: "s3://\(f.bucket)/flat/\(year)/")))
        }
        let filter = ["--row-filter", "l_linenumber = 3 AND year = '2025'", "--columns", "l_orderkey,year"]
        _ = try await f.expectSameOutput(
            ["preview", f.sales.path, "--limit", "20", "--output", "csv"] + filter,
            ["preview", "\(database).flat", "--limit", "20", "--output", "csv"] + filter)
        let sql = "SELECT year, count(*) AS n FROM flat GROUP BY year ORDER BY year"
        _ = try await f.expectSameOutput(
            ["query", "--local", sql, "--data", "flat=\(f.sales.path)", "--output", "csv"],
            ["query", "--local", sql, "--database", database, "--output", "csv"])
        let counted = try await f.run(["query", "--local", sql, "--database", database, "--output", "csv"])
        #expect(counted.stdout == "year,n\n2024,10000\n2025,10000\n", "\(counted.stdout)")
        // Athena reads everything under a partition's location, subfolders included, with the partition's
        // values: a file in a folder below 2025/ adds to 2025 (a local copy's extra folder level once lost
        // the partition column instead).
        _ = try await s3.putObject(bucket: f.bucket, key: "flat/2025/late/part-1.parquet", file: f.parquet.path)
        let nested = try await f.run(["query", "--local", sql, "--database", database, "--output", "csv"])
        #expect(nested.stdout == "year,n\n2024,10000\n2025,20000\n", "\(nested.stderr)")
        let previewed = try await f.run([
            "preview", "\(database).flat", "--row-filter", "year = '2025'", "--columns", "year", "--output", "table",
        ])
        #expect(previewed.stderr.contains("kept 20000 of 30000 rows"), "\(previewed.stderr)")
    }

    /// `preview` and `query --local` read Parquet objects in place: the footer and the column chunks their
    /// scans read, never the whole object, with the same output as the local file; the fault proxy (no
    /// faults) counts the same GetObject bytes as `-v` reports.
    @Test func previewAndQueryLocalFetchOnlyTheChunksTheyRead() async throws {
        let f = try await Fixture.make()
        let size = try #require(try FileManager.default.attributesOfItem(atPath: f.parquet.path)[.size] as? Int)
        let options = [
            "--columns", "l_orderkey", "--row-filter", "l_linenumber = 3", "--limit", "5", "--output", "csv",
        ]
        let previewed = try await f.expectSameOutput(
            ["preview", f.parquet.path] + options, ["preview", f.parquetURL] + options)
        let preview = try Self.fetched(previewed)
        print("preview s3://…/lineitem.parquet --columns l_orderkey: fetched \(preview.bytes) of \(size) bytes")
        #expect(preview.bytes < size / 4, "\(previewed)")
        #expect(previewed.contains("from 1 of 1 objects (\(size) bytes)"), "\(previewed)")
        let sql = "SELECT count(*) AS n, max(l_orderkey) AS top FROM t WHERE l_linenumber = 3"
        let queried = try await f.expectSameOutput(
            ["query", "--local", sql, "--data", "t=\(f.parquet.path)", "--output", "csv"],
            ["query", "--local", sql, "--data", "t=\(f.parquetURL)", "--output", "csv"])
        let query = try Self.fetched(queried)
        print("query --local on s3://…/lineitem.parquet (2 columns): fetched \(query.bytes) of \(size) bytes")
        #expect(query.bytes < size / 4, "\(queried)")
        let proxy = try await FaultProxy.start(rate: 0)
        defer { proxy.stop() }
        let counted = try await f.run(
            ["query", "--local", sql, "--data", "t=\(f.parquetURL)", "-v"], endpoint: proxy.endpoint)
        #expect(counted.status == 0, "\(counted.stderr)")
        let gets = try #require(try await proxy.stats().operations["s3:GET object"])
        let relayed = try #require(gets.bodyBytes)
        #expect(relayed == (try Self.fetched(counted.stderr)).bytes)
        #expect(relayed < size / 4)
    }

    @Test func anEmptyPrefixAndAMissingObjectFailClearly() async throws {
        let f = try await Fixture.make()
        let empty = try await f.run(["crawl", "--dry-run", "s3://\(f.bucket)/nothing/"])
        #expect(empty.status == 1)
        #expect(empty.stderr.contains("no objects under this prefix"), "\(empty.stderr)")
        let missing = try await f.run(["inspect", "s3://\(f.bucket)/data/missing.parquet"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("lakectl: error:"), "\(missing.stderr)")
        let prefix = try await f.run(["inspect", "s3://\(f.bucket)/data/"])
        #expect(prefix.status == 1)
        #expect(prefix.stderr.contains("is a prefix with 2 data objects"), "\(prefix.stderr)")
        let nothing = try await f.run(["profile", "s3://\(f.bucket)/nothing/"])
        #expect(nothing.status == 1)
        #expect(nothing.stderr.contains("no objects under this prefix"), "\(nothing.stderr)")
    }

    /// Under 20 % injected faults (errors, throttling, resets, cut-off and slow replies) the ranged GETs
    /// are retried and the output is unchanged.
    @Test func faultsAtTwentyPercentGiveTheSameOutput() async throws {
        let f = try await Fixture.make()
        let seed = Int(ProcessInfo.processInfo.environment["LAKECTL_FAULT_SEED"] ?? "") ?? 20_261_205
        let proxy = try await FaultProxy.start(rate: 0.2, seed: seed, slowSeconds: 0.5)
        defer { proxy.stop() }
        _ = try await f.expectSameOutput(
            ["cat", f.parquet.path, "--columns", "l_orderkey,l_comment", "--limit", "2000"],
            ["cat", f.parquetURL, "--columns", "l_orderkey,l_comment", "--limit", "2000"], endpoint: proxy.endpoint)
        _ = try await f.expectSameOutput(
            ["crawl", "--dry-run", f.sales.path, "--output", "json", "--location", f.salesURL],
            ["crawl", "--dry-run", f.salesURL, "--output", "json"], endpoint: proxy.endpoint)
        let stats = try await proxy.stats()
        print("s3 source under faults: \(stats.summary)")
        #expect(stats.faultsTotal > 0)
    }
}
