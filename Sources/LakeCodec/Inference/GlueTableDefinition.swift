/// A table as a Glue crawler would write it to the Data Catalog, in the terms of the CreateTable API's
/// `TableInput` (https://docs.aws.amazon.com/glue/latest/webapi/API_TableInput.html): name, storage
/// descriptor (columns, location, input/output formats, SerDe), partition keys, table type, parameters.
/// LakeCodec holds no AWS types; LakeCLI renders this with the API's field names, and LakeOrchestration
/// can map it onto its Glue shapes.
package struct GlueTableDefinition: Sendable, Equatable {
    package var name: String
    /// The table's root folder as a URL (`file:///…/` locally, or a location the caller states).
    package var location: String
    package var format: DataFormat
    package var columns: [GlueField]
    /// Partition columns (string, as the crawler types them) in folder order.
    package var partitionKeys: [GlueField]
    /// One entry per partition folder that holds data.
    package var partitions: [Partition]
    package var inputFormat: String
    package var outputFormat: String
    package var serializationLibrary: String
    /// SerDe parameters, in a stable order.
    package var serdeParameters: [(String, String)]
    package var compressed: Bool
    /// Table parameters as the crawler sets them (`classification`, `compressionType`, …).
    package var parameters: [(String, String)]
    /// The files the table was inferred from.
    package var files: [String]
    /// What a user should know about choices made for the table (a type given up for the SerDe).
    package var notes: [String] = []

    package struct Partition: Sendable, Equatable {
        package var values: [String]
        package var location: String
    }

    /// Glue's `TableType` for crawler-made tables over files.
    package static let tableType = "EXTERNAL_TABLE"

    package static func == (a: GlueTableDefinition, b: GlueTableDefinition) -> Bool {
        a.name == b.name && a.location == b.location && a.format == b.format && a.columns == b.columns
            && a.partitionKeys == b.partitionKeys && a.partitions == b.partitions && a.inputFormat == b.inputFormat
            && a.outputFormat == b.outputFormat && a.serializationLibrary == b.serializationLibrary
            && a.serdeParameters.elementsEqual(b.serdeParameters, by: ==) && a.compressed == b.compressed
            && a.parameters.elementsEqual(b.parameters, by: ==) && a.files == b.files && a.notes == b.notes
    }
}
