/// A leaf column: what the pages of its column chunks hold and how to interpret them.
package struct ColumnDescriptor: Sendable, Equatable {
    package var path: [String]
    package var element: SchemaElement
    package var physicalType: PhysicalType
    package var maxDefinitionLevel: Int
    package var maxRepetitionLevel: Int

    package var dottedPath: String { path.joined(separator: ".") }
    /// FIXED_LEN_BYTE_ARRAY width (0 for other types).
    package var typeLength: Int { Int(element.typeLength ?? 0) }
}
