/// Record format conversion on an extended S3 destination (API_DataFormatConversionConfiguration): JSON
/// records read with the OpenX JSON SerDe, written as Parquet, with the schema of a Glue table. That is the
/// one combination lakectl asks for; a stream set up otherwise reads back with `outputFormat` naming what
/// it writes, so a difference shows up instead of being taken for Parquet.
package struct FirehoseDataFormatConversion: Codable, Sendable, Equatable {
    /// False for a stream whose conversion was switched off (an update sends `Enabled: false`).
    package var enabled: Bool
    package var databaseName: String?
    package var tableName: String?
    /// The role Firehose reads the Glue table with (the delivery role).
    package var roleARN: String?
    /// The Glue catalog's region; nil means the stream's own.
    package var region: String?
    /// `Parquet` or `ORC`; nil when the reply names no serializer.
    package var outputFormat: String?

    package init(
        enabled: Bool, databaseName: String? = nil, tableName: String? = nil, roleARN: String? = nil,
        region: String? = nil, outputFormat: String? = "Parquet"
    ) {
        self.enabled = enabled
        self.databaseName = databaseName
        self.tableName = tableName
        self.roleARN = roleARN
        self.region = region
        self.outputFormat = outputFormat
    }

    /// Conversion switched off: what UpdateDestination needs to remove it from a live stream.
    package static let disabled = FirehoseDataFormatConversion(enabled: false, outputFormat: nil)

    /// The table as `DB.T`, when conversion is on.
    package var table: String? {
        guard enabled, let databaseName, let tableName else { return nil }
        return "\(databaseName).\(tableName)"
    }

    private struct Schema: Codable {
        var DatabaseName: String?
        var TableName: String?
        var RoleARN: String?
        var Region: String?
        var VersionId: String?
    }

    private struct Empty: Codable {}

    private struct Deserializer: Codable { var OpenXJsonSerDe: Empty? }
    private struct Input: Codable { var Deserializer: Deserializer? }
    private struct Serializer: Codable { var ParquetSerDe: Empty?; var OrcSerDe: Empty? }
    private struct Output: Codable { var Serializer: Serializer? }

    enum CodingKeys: String, CodingKey {
        case enabled = "Enabled", schema = "SchemaConfiguration", input = "InputFormatConfiguration"
        case output = "OutputFormatConfiguration"
    }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        // Enabled defaults to true when a configuration is present (API_DataFormatConversionConfiguration).
        enabled = try container.decodeIfPresent(Bool.self, forKey: .enabled) ?? true
        let schema = try container.decodeIfPresent(Schema.self, forKey: .schema)
        databaseName = schema?.DatabaseName
        tableName = schema?.TableName
        roleARN = schema?.RoleARN
        region = schema?.Region
        let serializer = try container.decodeIfPresent(Output.self, forKey: .output)?.Serializer
        outputFormat = serializer?.ParquetSerDe != nil ? "Parquet" : serializer?.OrcSerDe != nil ? "ORC" : nil
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(enabled, forKey: .enabled)
        guard enabled else { return }
        try container.encode(
            Schema(
                DatabaseName: databaseName, TableName: tableName, RoleARN: roleARN, Region: region,
                VersionId: "LATEST"),
            forKey: .schema)
        try container.encode(Input(Deserializer: Deserializer(OpenXJsonSerDe: Empty())), forKey: .input)
        let serializer =
            outputFormat == "ORC"
            ? Serializer(ParquetSerDe: nil, OrcSerDe: Empty()) : Serializer(ParquetSerDe: Empty(), OrcSerDe: nil)
        try container.encode(Output(Serializer: serializer), forKey: .output)
    }
}
