import Testing

@testable import LakeCodec

/// Assembly from hand-written levels (the Dremel paper's style of examples).
@Suite struct RecordAssemblerTests {
    static func element(
        _ name: String, _ rep: Repetition?, type: PhysicalType? = nil, children: Int32? = nil,
        converted: ConvertedType? = nil
    ) -> SchemaElement {
        var e = SchemaElement()
        e.name = name
        e.repetition = rep
        e.type = type
        e.numChildren = children
        e.convertedType = converted
        return e
    }

    static func batch(_ schema: ParquetSchema, leaf: Int, def: [Int32], rep: [Int32], values: ColumnValues)
        -> ColumnBatch
    {
        var b = ColumnBatch(descriptor: schema.columns[leaf])
        b.definitionLevels = def
        b.repetitionLevels = rep
        b.values = values
        b.slotCount = def.count
        return b
    }

    @Test func optionalStructWithAListAndAScalar() throws {
        // optional group s { repeated int32 xs; optional int32 y; }
        let schema = try ParquetSchema(elements: [
            Self.element("schema", nil, children: 1),
            Self.element("s", .optional, children: 2),
            Self.element("xs", .repeated, type: .int32),
            Self.element("y", .optional, type: .int32),
        ])
        // Rows: {xs:[1,2], y:5}, null, {xs:[], y:null}
        let xs = Self.batch(schema, leaf: 0, def: [2, 2, 0, 1], rep: [0, 1, 0, 0], values: .int32([1, 2]))
        let y = Self.batch(schema, leaf: 1, def: [2, 0, 1], rep: [], values: .int32([5]))
        var a = try RecordAssembler(field: schema.root.children[0], batches: [0: xs, 1: y])
        let rows = try (0..<3).map { _ in LogicalShaper.shape(try a.nextRow(), schema.root.children[0]) }
        #expect(
            rows == [
                .structure([.init("xs", .list([.int(1), .int(2)])), .init("y", .int(5))]),
                .null,
                .structure([.init("xs", .list([])), .init("y", .null)]),
            ])
    }

    @Test func twoLevelLegacyListUsesTheRepeatedFieldAsElement() throws {
        // optional group names (LIST) { repeated binary array; }
        let schema = try ParquetSchema(elements: [
            Self.element("schema", nil, children: 1),
            Self.element("names", .optional, children: 1, converted: .list),
            Self.element("array", .repeated, type: .int32),
        ])
        let b = Self.batch(schema, leaf: 0, def: [2, 2, 0], rep: [0, 1, 0], values: .int32([7, 8]))
        var a = try RecordAssembler(field: schema.root.children[0], batches: [0: b])
        let field = schema.root.children[0]
        #expect(LogicalShaper.shape(try a.nextRow(), field) == .list([.int(7), .int(8)]))
        #expect(LogicalShaper.shape(try a.nextRow(), field) == .null)
        #expect(field.arrowType == "list<array: int32 not null>")
    }

    @Test func recordStartingWithANonZeroRepetitionLevelIsCorrupt() throws {
        let schema = try ParquetSchema(elements: [
            Self.element("schema", nil, children: 1), Self.element("xs", .repeated, type: .int32),
        ])
        let b = Self.batch(schema, leaf: 0, def: [1], rep: [1], values: .int32([1]))
        var a = try RecordAssembler(field: schema.root.children[0], batches: [0: b])
        expectCodecError(.corrupt) { _ = try a.nextRow() }
    }

    @Test func siblingsDisagreeingOnNullsIsCorrupt() throws {
        let schema = try ParquetSchema(elements: [
            Self.element("schema", nil, children: 1), Self.element("s", .optional, children: 2),
            Self.element("a", .optional, type: .int32), Self.element("b", .optional, type: .int32),
        ])
        let a0 = Self.batch(schema, leaf: 0, def: [0], rep: [], values: .int32([]))
        let b0 = Self.batch(schema, leaf: 1, def: [2], rep: [], values: .int32([1]))
        var a = try RecordAssembler(field: schema.root.children[0], batches: [0: a0, 1: b0])
        expectCodecError(.corrupt) { _ = try a.nextRow() }
    }
}
