import Testing

@testable import LakeCodec

@Suite("HivePartitions")
struct HivePartitionsTests {
    @Test(
        "key=value folders name the key (lower-cased); the value is everything after the first =",
        arguments: [
            ("year=2024", "year", "2024"), ("Region=eu=west", "region", "eu=west"), ("2024", nil, "2024"),
            ("=x", nil, "=x"),
        ])
    func folder(name: String, key: String?, value: String) {
        #expect(HivePartitions.key(of: name) == key)
        #expect(HivePartitions.value(of: name) == value)
    }

    @Test("a level whose folders disagree on the key, or are not key=value, is partition_N")
    func keys() {
        #expect(HivePartitions.keys([["year=1", "a"], ["year=2", "b"]]).map(\.name) == ["year", "partition_1"])
        #expect(HivePartitions.keys([["year=1"], ["yr=2"]]).map(\.name) == ["partition_0"])
        #expect(HivePartitions.keys([["k=1", "k=2"]]).map(\.name) == ["k", "partition_1"])
        #expect(HivePartitions.keys([["dt=1"]]).allSatisfy { $0.type == .string })
    }

    @Test("table names are lower-cased with anything but letters, digits and _ replaced")
    func names() {
        #expect(GlueTableDefinition.sanitizedName("Web Logs-2024.csv") == "web_logs_2024_csv")
        #expect(GlueTableDefinition.sanitizedName("") == "table")
    }

    @Test("gzip files are classified through the compression: compressionType gzip, Compressed true")
    func gzip() throws {
        let s = try SchemaInferrer().infer(path: TempTree.csvCorpus.appendingPathComponent("hebere.csv.gz").path)
        #expect(s.compression == "gzip")
        let t = GlueTableDefinition(name: "h", location: "file:///x/", schemas: [s])
        #expect(t.compressed)
        #expect(t.parameters.contains { $0 == ("compressionType", "gzip") })
    }
}
