import AWSServices
import LakeCodec
import Testing

@testable import LakeOrchestration

/// The one mapping from lakectl's Glue table model to the API shape: every field carried over, extra
/// parameters winning, partition keys kept apart from columns.
@Suite struct GlueTableInputDefinitionTests {
    @Test func aCSVDefinitionMapsFieldForField() throws {
        let schema = FileSchema(
            path: "/data/sales/year=2024/part.csv", format: .csv,
            columns: [GlueField(name: "id", type: .bigint), GlueField(name: "note", type: .string)],
            csv: .init(delimiter: UInt8(ascii: ";"), quote: nil, escape: nil, quoted: false, hasHeader: true),
            recordsSampled: 10, sizeInBytes: 120)
        let definition = GlueTableDefinition(
            name: "sales", location: "s3://lake/sales/", schemas: [schema],
            partitionKeys: [GlueField(name: "year", type: .string)])
        let input = GlueTableInput(definition, description: "d", parameters: ["managed-by": "lakectl", "sizeKey": "9"])
        #expect(input.name == "sales")
        #expect(input.tableType == "EXTERNAL_TABLE")
        #expect(input.description == "d")
        #expect(input.partitionKeys == [GlueColumn(name: "year", type: "string")])
        let descriptor = try #require(input.storageDescriptor)
        #expect(
            descriptor.columns == [GlueColumn(name: "id", type: "bigint"), GlueColumn(name: "note", type: "string")])
        #expect(descriptor.location == "s3://lake/sales/")
        #expect(descriptor.inputFormat == definition.inputFormat)
        #expect(descriptor.outputFormat == definition.outputFormat)
        #expect(descriptor.serdeInfo?.serializationLibrary == definition.serializationLibrary)
        #expect(descriptor.serdeInfo?.parameters == ["field.delim": ";"])
        #expect(descriptor.compressed == false)
        let parameters = try #require(input.parameters)
        #expect(parameters["classification"] == "csv")
        #expect(parameters["skip.header.line.count"] == "1")
        #expect(parameters["managed-by"] == "lakectl")
        #expect(parameters["sizeKey"] == "9")
    }
}
