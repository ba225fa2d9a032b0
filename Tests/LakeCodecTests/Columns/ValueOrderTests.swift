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
