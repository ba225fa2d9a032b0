import AWSServices
import LakeCodec

extension GlueTableInput {
    /// The one mapping from lakectl's model of a Glue table (`GlueTableDefinition`, built by inference from
    /// files: what a crawler would write) to the CreateTable/UpdateTable API shape. `ingest snapshot --catalog`
    /// writes through it, and `schema infer --output json` prints the same fields, so a table lakectl
    /// registers and one it previews cannot drift apart.
    /// `parameters` are added to (and win over) the definition's own.
    init(_ definition: GlueTableDefinition, description: String? = nil, parameters extra: [String: String] = [:]) {
        var parameters = Dictionary(definition.parameters, uniquingKeysWith: { _, last in last })
        parameters.merge(extra) { _, new in new }
        self.init(
            name: definition.name, description: description, tableType: GlueTableDefinition.tableType,
            parameters: parameters,
            storageDescriptor: GlueStorageDescriptor(
                columns: definition.columns.map(GlueColumn.init), location: definition.location,
                inputFormat: definition.inputFormat, outputFormat: definition.outputFormat,
                compressed: definition.compressed,
                serdeInfo: GlueSerDeInfo(
                    serializationLibrary: definition.serializationLibrary,
                    parameters: Dictionary(definition.serdeParameters, uniquingKeysWith: { _, last in last }))),
            partitionKeys: definition.partitionKeys.map(GlueColumn.init))
    }
}

extension GlueColumn {
    init(_ field: GlueField) {
        self.init(name: field.name, type: field.type.description)
    }
}
