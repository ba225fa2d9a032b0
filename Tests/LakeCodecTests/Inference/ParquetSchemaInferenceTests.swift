import Testing

@testable import LakeCodec

@Suite("ParquetSchemaInference")
struct ParquetSchemaInferenceTests {
    @Test(
        "Parquet footers map to Glue types",
        arguments: [
            ("int96_from_spark.parquet", "a:timestamp"),
            ("int32_decimal.parquet", "value:decimal(4,2)"),
            ("fixed_length_decimal_legacy.parquet", "value:decimal(13,2)"),
            ("list_columns.parquet", "int64_list:array<bigint>,utf8_list:array<string>"),
        ])
    func mapping(file: String, expected: String) throws {
        let s = try SchemaInferrer().infer(path: TempTree.parquetCorpus.appendingPathComponent(file).path)
        #expect(s.format == .parquet)
        #expect(s.columns.map { "\($0.name):\($0.type)" }.joined(separator: ",") == expected)
    }

    @Test("maps and nested structs parse back into Glue types")
    func nested() throws {
        let s = try SchemaInferrer().infer(
            path: TempTree.parquetCorpus.appendingPathComponent("nullable.impala.parquet").path)
        let types = s.columns.map(\.type.description)
        #expect(types.contains("map<string,int>"))
        #expect(types.contains("array<array<int>>"))
        #expect(!s.columns.contains { $0.type == .string })
    }
}
