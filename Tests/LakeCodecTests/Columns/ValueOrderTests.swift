import Testing

@testable import LakeCodec

@Suite struct ValueOrderTests {
    @Test func comparesByTheValueKind() {
        #expect(ValueOrder.compare(.int(5), "10") == -1)
        #expect(ValueOrder.compare(.uint(UInt64.max), "1") == 1)
        #expect(ValueOrder.compare(.double(2.5), "2.5") == 0)
        #expect(ValueOrder.compare(.decimal("-0.10"), "0") == -1)
        #expect(ValueOrder.compare(.string("b"), "abc") == 1)
        #expect(ValueOrder.compare(.date(0), "1970-01-02") == -1)
        #expect(ValueOrder.compare(.timestamp(1_000_000, .micros, utc: true), "1970-01-01T00:00:01Z") == 0)
        #expect(ValueOrder.compare(.int(1), "abc") == nil)
    }

    @Test func predicateParsingAndStatisticsPruning() throws {
        let p = try RowGroupPredicate.parse("seq >= 1500")
        #expect(p == RowGroupPredicate(column: "seq", comparison: .greaterOrEqual, literal: "1500"))
        #expect(!p.mayMatch(min: .int(0), max: .int(999), allNull: false))
        #expect(p.mayMatch(min: .int(1000), max: .int(1999), allNull: false))
        #expect(p.mayMatch(min: nil, max: nil, allNull: false))
        #expect(!p.mayMatch(min: nil, max: nil, allNull: true))
        let eq = try RowGroupPredicate.parse("name = 'bob'")
        #expect(eq.literal == "bob")
        #expect(!eq.mayMatch(min: .string("carol"), max: .string("zed"), allNull: false))
        expectCodecError(.unsupported) { _ = try RowGroupPredicate.parse("no operator here") }
    }
}

@Suite struct RowGroupPredicateParsingTests {
    @Test func quotedLiteralsUseSQLDoubledQuotes() throws {
        #expect(try RowGroupPredicate.parse("name = 'O''Brien'").literal == "O'Brien")
        #expect(try RowGroupPredicate.parse("name='a b'").literal == "a b")
        #expect(try RowGroupPredicate.parse("op = '<='").literal == "<=")
        #expect(try RowGroupPredicate.parse("n <> 3").comparison == .notEqual)
    }

    @Test(arguments: ["qty == 5", "id = 1 OR id = 2", "a = b c", "x = 'open", "= 5", "x => 5", "x 5"])
    func malformedFiltersThrow(_ text: String) {
        expectCodecError(.unsupported) { _ = try RowGroupPredicate.parse(text) }
    }

    @Test func bindingChecksTheLiteralAgainstTheColumnType() throws {
        func column(_ type: PhysicalType, _ logical: LogicalType? = nil) -> ColumnDescriptor {
            var e = SchemaElement()
            e.type = type
            e.name = "c"
            e.logicalType = logical
            return ColumnDescriptor(
                path: ["c"], element: e, physicalType: type, maxDefinitionLevel: 1, maxRepetitionLevel: 0)
        }
        #expect(try RowGroupPredicate.parse("c = TRUE").bound(to: column(.boolean)).literal == "true")
        expectCodecError(.unsupported) { _ = try RowGroupPredicate.parse("c = 1").bound(to: column(.boolean)) }
        expectCodecError(.unsupported) { _ = try RowGroupPredicate.parse("c = x").bound(to: column(.int64)) }
        expectCodecError(.unsupported) { _ = try RowGroupPredicate.parse("c = nan").bound(to: column(.double)) }
        let ts = column(.int64, .timestamp(utc: true, unit: .micros))
        expectCodecError(.unsupported) { _ = try RowGroupPredicate.parse("c > 2022").bound(to: ts) }
        #expect(try RowGroupPredicate.parse("c > 2022-01-01").bound(to: ts).literal == "2022-01-01")
        #expect(!RowGroupPredicate(column: "c", comparison: .notEqual, literal: "1").matches(.double(.nan)))
    }

    @Test func floatComparesAsA32BitValue() throws {
        // 1.1 as a FLOAT widens to 1.100000023841858: equal only when the literal is read as 32 bits too.
        #expect(ValueOrder.compare(.float(1.1), "1.1") == 0)
        #expect(ValueOrder.compare(.float(0.1), "0.1") == 0)
        #expect(ValueOrder.compare(.float(1.1), "1.2") == -1)
        #expect(ValueOrder.compare(.float(-0.3), "-0.30000001") == 0)  // the same float32
        #expect(ValueOrder.compare(.float(.nan), "1") == nil)
        let eq = try RowGroupPredicate.parse("x = 0.1")
        #expect(eq.mayMatch(min: .float(0.1), max: .float(0.1), allNull: false))
    }
}
