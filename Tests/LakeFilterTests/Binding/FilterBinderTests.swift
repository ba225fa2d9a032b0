import LakeCodec
import Testing

@testable import LakeFilter

@Suite struct FilterBinderTests {
    static let schema = FilterSchema(
        fields: [
            GlueField(name: "id", type: .int), GlueField(name: "amount", type: .decimal(precision: 10, scale: 2)),
            GlueField(name: "name", type: .string), GlueField(name: "active", type: .boolean),
            GlueField(name: "score", type: .double), GlueField(name: "tags", type: .array(.string)),
            GlueField(name: "attrs", type: .map(key: .string, value: .string)),
            GlueField(name: "born", type: .date),
            GlueField(
                name: "address",
                type: .structure([GlueField(name: "city", type: .string), GlueField(name: "zip", type: .int)])),
            GlueField(name: "group", type: .string), GlueField(name: "country", type: .string),
        ], partitionKeys: ["country"])

    private func error(_ text: String) -> FilterError? {
        do {
            _ = try BoundFilter.compile(text, schema: Self.schema)
            return nil
        } catch { return error }
    }

    @Test func bindsColumnsOnceWithTypedConstants() throws {
        let f = try BoundFilter.compile(
            "ID > 3 AND id < 9 AND amount = 1.50 AND address.CITY LIKE 'S%' AND \"group\" IN ('a') AND country = 'KR'",
            schema: Self.schema)
        #expect(f.columns.map(\.dottedName) == ["id", "amount", "address.city", "group", "country"])
        #expect(f.columns.map(\.storage) == [.integer, .decimal, .string, .string, .string])
        #expect(f.columns[4].isPartition)
        guard case .and(_, .comparison(_, .equal, .string(let s))) = f.predicate else {
            Issue.record("unexpected predicate \(f.predicate)")
            return
        }
        #expect(s == "KR")
    }

    @Test(arguments: [
        ("nope = 1", 1, "no column 'nope'"),
        ("id = 'abc'", 6, "'abc' is not a constant of type int, the type of column 'id'"),
        ("name = TRUE", 8, "TRUE is not a constant of type string"),
        ("active = 1", 10, "1 is not a constant of type boolean"),
        ("id = 1.5", 6, "not a whole number"),
        ("id = 3000000000", 6, "out of range for int"),
        ("amount = 1e3", 10, "not a plain decimal"),
        ("tags = 'a'", 1, "'tags' is array<string>; Lake Formation row filters do not support array or map"),
        ("attrs IS NULL", 1, "map<string,string>"),
        ("born = '2024-01-01'", 1, "'born' is date"),
        ("address = 'x'", 1, "'address' is a struct"),
        ("address.street = 'x'", 1, "has no field 'street' (fields: city, zip)"),
        ("name.x = 'a'", 1, "not a struct"),
        ("id = 1 AND country IS NULL", 12, "partition column 'country'"),
        ("country IS NOT NULL", 1, "partition column 'country'"),
        ("id LIKE '1%'", 1, "LIKE needs a string column; 'id' is int"),
        ("id IN (1, 'x')", 11, "'x' is not a constant of type int"),
    ])
    func rejectedNamingColumnTypeAndPosition(text: String, position: Int, reason: String) {
        let e = error(text)
        #expect(e?.position == position, "\(text): \(String(describing: e))")
        #expect(e?.reason.contains(reason) == true, "\(text): \(String(describing: e))")
    }

    @Test func decimalKeysCompareExactly() throws {
        let keys = [
            "-10.5", "-2", "-0.01", "0", "-0.00", "0.001", "0.1", "0.10", "1", "9.99", "10", "12345678901234567890.5",
        ]
        .compactMap { DecimalKey($0) }
        #expect(keys.count == 12)
        #expect(keys[3] == keys[4])
        #expect(keys[6] == keys[7])
        #expect(zip(keys, keys.dropFirst()).allSatisfy { $0 <= $1 })
        #expect(DecimalKey("1e3") == nil)
        #expect(DecimalKey("1.2.3") == nil)
        #expect(DecimalKey("-") == nil)
    }
}

@Suite struct RowGroupPruningTests {
    @Test func onlyExactTopLevelIntegerAndStringEqualityConjunctsAreHandedToTheCodec() throws {
        let f = try BoundFilter.compile(
            "id >= 3 AND id BETWEEN 1 AND 9 AND id <> 4 AND amount > 1 AND name = 'O''Brien' AND (id = 5 OR id = 6) "
                + "AND NOT id < 2 AND address.zip = 7 AND name < 'b' AND address.city = 'x' AND country = 'KR'",
            schema: FilterBinderTests.schema)
        #expect(
            f.rowGroupPredicates == [
                RowGroupPredicate(column: "id", comparison: .greaterOrEqual, literal: "3"),
                RowGroupPredicate(column: "id", comparison: .greaterOrEqual, literal: "1"),
                RowGroupPredicate(column: "id", comparison: .lessOrEqual, literal: "9"),
                RowGroupPredicate(column: "name", comparison: .equal, literal: "O'Brien"),
            ])
        #expect(
            try BoundFilter.compile("id = 1 OR id = 2", schema: FilterBinderTests.schema).rowGroupPredicates.isEmpty)
    }
}
