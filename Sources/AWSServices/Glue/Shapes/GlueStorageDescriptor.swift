/// Where and how a table's data is stored (API_StorageDescriptor): columns, S3 location, the Hadoop
/// input/output formats and the SerDe that Athena uses to read the files.
package struct GlueStorageDescriptor: Codable, Sendable, Equatable {
    package var columns: [GlueColumn]?
    package var location: String?
    package var inputFormat: String?
    package var outputFormat: String?
    package var compressed: Bool?
    package var numberOfBuckets: Int?
    package var serdeInfo: GlueSerDeInfo?
    package var parameters: [String: String]?
    package var storedAsSubDirectories: Bool?

    package init(
        columns: [GlueColumn]? = nil, location: String? = nil, inputFormat: String? = nil, outputFormat: String? = nil,
        compressed: Bool? = nil, numberOfBuckets: Int? = nil, serdeInfo: GlueSerDeInfo? = nil,
        parameters: [String: String]? = nil, storedAsSubDirectories: Bool? = nil
    ) {
        self.columns = columns
        self.location = location
        self.inputFormat = inputFormat
        self.outputFormat = outputFormat
        self.compressed = compressed
        self.numberOfBuckets = numberOfBuckets
        self.serdeInfo = serdeInfo
        self.parameters = parameters
        self.storedAsSubDirectories = storedAsSubDirectories
    }

    /// The formats and SerDe Athena expects for Parquet (what crawlers write for Parquet data).
    package static func parquet(columns: [GlueColumn], location: String) -> Self {
        Self(
            columns: columns, location: location,
            inputFormat: "org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat",
            outputFormat: "org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat", compressed: false,
            serdeInfo: GlueSerDeInfo(
                serializationLibrary: "org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe",
                parameters: ["serialization.format": "1"]))
    }

    enum CodingKeys: String, CodingKey {
        case columns = "Columns", location = "Location", inputFormat = "InputFormat", outputFormat = "OutputFormat"
        case compressed = "Compressed", numberOfBuckets = "NumberOfBuckets", serdeInfo = "SerdeInfo"
        case parameters = "Parameters", storedAsSubDirectories = "StoredAsSubDirectories"
    }
}

/// The serializer/deserializer a table's files are read with (API_SerDeInfo).
package struct GlueSerDeInfo: Codable, Sendable, Equatable {
    package var name: String?
    package var serializationLibrary: String?
    package var parameters: [String: String]?

    package init(name: String? = nil, serializationLibrary: String?, parameters: [String: String]? = nil) {
        self.name = name
        self.serializationLibrary = serializationLibrary
        self.parameters = parameters
    }

    enum CodingKeys: String, CodingKey {
        case name = "Name", serializationLibrary = "SerializationLibrary", parameters = "Parameters"
    }
}
