import Testing

@testable import LakeCodec

@Suite struct ParquetSchemaTests {
    private func group(_ name: String, _ rep: Repetition?, children: Int32, converted: ConvertedType? = nil)
        -> SchemaElement
    {
        var e = SchemaElement()
        e.name = name
        e.repetition = rep
        e.numChildren = children
        e.convertedType = converted
        return e
    }

    private func leaf(_ name: String, _ rep: Repetition, _ type: PhysicalType, converted: ConvertedType? = nil)
        -> SchemaElement
    {
        var e = SchemaElement()
        e.name = name
        e.repetition = rep
        e.type = type
        e.convertedType = converted
        return e
    }

    @Test func computesLevelsAndPathsOfAThreeLevelList() throws {
        let s = try ParquetSchema(elements: [
            group("schema", nil, children: 2),
            leaf("id", .required, .int64),
            group("tags", .optional, children: 1, converted: .list),
            group("list", .repeated, children: 1),
            leaf("element", .optional, .byteArray, converted: .utf8),
        ])
        #expect(s.columns.map(\.dottedPath) == ["id", "tags.list.element"])
        #expect(s.columns[1].maxDefinitionLevel == 3 && s.columns[1].maxRepetitionLevel == 1)
        #expect(s.columns[0].maxDefinitionLevel == 0)
        let tags = try #require(s.field(named: "tags"))
        #expect(tags.leafRange == 1..<2)
        #expect(tags.arrowType == "list<element: string>")
    }

    @Test func bareRepeatedFieldIsAListOfRequiredElements() throws {
        let s = try ParquetSchema(elements: [group("schema", nil, children: 1), leaf("x", .repeated, .int32)])
        #expect(s.root.children[0].arrowType == "list<x: int32 not null>")
    }

    @Test func rejectsChildCountsBeyondTheList() {
        expectCodecError(.corrupt) {
            _ = try ParquetSchema(elements: [group("schema", nil, children: 3), leaf("a", .required, .int32)])
        }
        expectCodecError(.corrupt) {
            _ = try ParquetSchema(elements: [
                group("schema", nil, children: 1), leaf("a", .required, .int32), leaf("b", .required, .int32),
            ])
        }
    }

    @Test func rejectsAnnotationsThatDoNotFitThePhysicalType() {
        expectCodecError(.corrupt) {
            _ = try ParquetSchema(elements: [
                group("schema", nil, children: 1), leaf("d", .optional, .int64, converted: .date),
            ])
        }
    }

    @Test func limitsNestingDepth() {
        var elements = [group("schema", nil, children: 1)]
        for i in 0..<100 { elements.append(group("g\(i)", .optional, children: 1)) }
        elements.append(leaf("x", .optional, .int32))
        expectCodecError(.limitExceeded) { _ = try ParquetSchema(elements: elements) }
    }
}
