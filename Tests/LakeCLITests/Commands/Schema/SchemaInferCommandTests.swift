import Foundation
import LakeTestSupport
import Testing

@testable import LakeCodec

/// `lakectl schema infer` run as a user would, with no AWS settings at all (it must not need any).
@Suite struct SchemaInferCommandTests {
    static let env = [
        "PATH": "/usr/bin:/bin", "AWS_CONFIG_FILE": "/dev/null", "AWS_SHARED_CREDENTIALS_FILE": "/dev/null",
    ]
    static var csv: URL { Fixtures.corpus.appendingPathComponent("csv/duckdb/data-csv") }

    @Test("table output lists columns and Glue types")
    func table() async throws {
        let r = try await CLIRunner.run(
            ["schema", "infer", Self.csv.appendingPathComponent("titanic.csv").path], environment: Self.env)
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true) }
        #expect(lines.first == ["column", "type", "kind"])
        #expect(lines.contains(["age", "double", "column"]))
        #expect(lines.contains(["passengerid", "bigint", "column"]))
    }

    @Test("--rules full detects exact decimals")
    func full() async throws {
        let r = try await CLIRunner.run(
            [
                "schema", "infer", "--rules", "full", "--output", "csv",
                Self.csv.appendingPathComponent("titanic.csv").path,
            ],
            environment: Self.env)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("fare,\"decimal(7,4)\",column"))
    }

    @Test("--output json is a Glue TableInput: required keys, API field names, valid Glue types")
    func tableInput() async throws {
        let tree = try CLITempTree()
        defer { tree.remove() }
        try tree.copy(Self.csv.appendingPathComponent("venue_pipe.csv"), to: "venues/dt=2024-01-01/a.csv")
        try tree.copy(Self.csv.appendingPathComponent("venue_pipe.csv"), to: "venues/dt=2024-01-02/a.csv")
        let r = try await CLIRunner.run(
            ["schema", "infer", tree.path("venues"), "--output", "json"], environment: Self.env)
        #expect(r.status == 0, "\(r.stderr)")
        let input = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        try TableInputShape.check(input)
        #expect(input["Name"] as? String == "venues")
        let keys = try #require(input["PartitionKeys"] as? [[String: Any]])
        #expect(keys.map { $0["Name"] as? String } == ["dt"])
        let sd = try #require(input["StorageDescriptor"] as? [String: Any])
        #expect((sd["Location"] as? String)?.hasPrefix("file:///") == true)
        let serde = try #require(sd["SerdeInfo"] as? [String: Any])
        #expect(serde["SerializationLibrary"] as? String == "org.apache.hadoop.hive.serde2.lazy.LazySimpleSerDe")
        #expect((serde["Parameters"] as? [String: String])?["field.delim"] == "|")
    }

    @Test("the CSV options reach inference: a ragged file needs --ragged; --delimiter and --no-header are used")
    func csvOptions() async throws {
        let tree = try CLITempTree()
        defer { tree.remove() }
        let ragged = try tree.write("r/ragged.csv", "a,b,c\n1,2,3\n4,5,6\n7,8\n9,10,11\n")
        var r = try await CLIRunner.run(["schema", "infer", ragged, "--output", "csv"], environment: Self.env)
        #expect(r.status == 1)
        #expect(r.stderr.contains("ragged.csv:4") && r.stderr.contains("--ragged pad"), "\(r.stderr)")
        r = try await CLIRunner.run(
            ["schema", "infer", ragged, "--ragged", "pad", "--output", "csv"], environment: Self.env)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("a,bigint,column") && r.stdout.contains("c,bigint,column"), "\(r.stdout)")
        r = try await CLIRunner.run(
            ["crawl", "--dry-run", tree.path("r"), "--ragged", "skip", "--output", "json"], environment: Self.env)
        #expect(r.status == 0, "\(r.stderr)")
        let semi = try tree.write("s/semi.csv", "1:2\n3:4\n")
        r = try await CLIRunner.run(
            ["schema", "infer", semi, "--delimiter", ":", "--no-header", "--output", "csv"], environment: Self.env)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("col0,bigint,column") && r.stdout.contains("col1,bigint,column"), "\(r.stdout)")
    }

    @Test("--location and --name override; Parquet gets the Parquet SerDe")
    func parquet() async throws {
        let file = Fixtures.corpus.appendingPathComponent("parquet/apache-parquet-testing/data/nullable.impala.parquet")
            .path
        let r = try await CLIRunner.run(
            ["schema", "infer", file, "--output", "json", "--location", "s3://bucket/impala/", "--name", "impala"],
            environment: Self.env)
        #expect(r.status == 0, "\(r.stderr)")
        let input = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        try TableInputShape.check(input)
        let sd = try #require(input["StorageDescriptor"] as? [String: Any])
        #expect(sd["Location"] as? String == "s3://bucket/impala/")
        #expect(sd["InputFormat"] as? String == "org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat")
        #expect(input["Name"] as? String == "impala")
    }

    @Test("a broken JSON-lines file fails with file:line:column and exit status 1")
    func jsonError() async throws {
        let tree = try CLITempTree()
        defer { tree.remove() }
        let path = try tree.write("e.json", "{\"a\":1}\n{\"a\":}\n")
        let r = try await CLIRunner.run(["schema", "infer", path], environment: Self.env)
        #expect(r.status == 1)
        #expect(r.stderr.contains("e.json:2:6:"))
    }

    @Test("files of different formats are refused with advice")
    func mixedFormats() async throws {
        let tree = try CLITempTree()
        defer { tree.remove() }
        let json = try tree.write("a.json", "{\"a\":1}\n")
        let r = try await CLIRunner.run(
            ["schema", "infer", json, Self.csv.appendingPathComponent("titanic.csv").path], environment: Self.env)
        #expect(r.status != 0)
        #expect(r.stderr.contains("mix formats"))
    }
}

/// The TableInput shape Glue's CreateTable accepts (API_TableInput, API_StorageDescriptor,
/// API_SerDeInfo, API_Column): the keys we emit, their JSON types, and column types that parse as Glue types.
enum TableInputShape {
    struct Mismatch: Error, CustomStringConvertible { let description: String }

    static func check(_ input: [String: Any]) throws {
        let allowedTop: Set<String> = ["Name", "TableType", "Parameters", "PartitionKeys", "StorageDescriptor"]
        guard Set(input.keys).isSubset(of: allowedTop), input["Name"] is String else {
            throw Mismatch(description: "top-level keys \(input.keys.sorted())")
        }
        guard input["Parameters"] is [String: String], let keys = input["PartitionKeys"] as? [[String: Any]],
            let sd = input["StorageDescriptor"] as? [String: Any], let columns = sd["Columns"] as? [[String: Any]],
            sd["Location"] is String, sd["InputFormat"] is String, sd["OutputFormat"] is String,
            let serde = sd["SerdeInfo"] as? [String: Any], serde["SerializationLibrary"] is String,
            serde["Parameters"] is [String: String]
        else { throw Mismatch(description: "storage descriptor or parameters malformed") }
        guard (input["Parameters"] as? [String: String])?["classification"] != nil else {
            throw Mismatch(description: "no classification")
        }
        for column in columns + keys {
            guard let name = column["Name"] as? String, !name.isEmpty, let type = column["Type"] as? String,
                GlueType(parsing: type) != nil, Set(column.keys) == ["Name", "Type"]
            else { throw Mismatch(description: "bad column \(column)") }
        }
    }
}

/// A temporary folder for CLI tests.
typealias CLITempTree = TemporaryTree
