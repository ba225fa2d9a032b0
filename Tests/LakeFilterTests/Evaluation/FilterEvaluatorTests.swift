import LakeCodec
import Testing

@testable import LakeFilter

@Suite struct FilterEvaluatorTests {
    static let schema = FilterSchema(fields: [
        GlueField(name: "id", type: .bigint), GlueField(name: "name", type: .string),
        GlueField(name: "score", type: .double), GlueField(name: "amount", type: .decimal(precision: 10, scale: 2)),
        GlueField(name: "ok", type: .boolean),
        GlueField(name: "address", type: .structure([GlueField(name: "city", type: .string)])),
    ])
    static let names = ["id", "name", "score", "amount", "ok", "address"]

    static func row(_ id: Int64?, _ name: String?, _ score: Double?, _ amount: String?, _ ok: Bool?, _ city: String?)
        -> [Value]
    {
        [
            id.map { .int($0) } ?? .null, name.map { .string($0) } ?? .null, score.map { .double($0) } ?? .null,
            amount.map { .decimal($0) } ?? .null, ok.map { .bool($0) } ?? .null,
            .structure([Value.Field("city", city.map { .string($0) } ?? .null)]),
        ]
    }

    static let rows: [[Value]] = [
        row(1, "Seoul", 1.5, "10.00", true, "Seoul"),
        row(2, "seoul", .nan, "-3.25", false, "Busan"),
        row(nil, nil, nil, nil, nil, nil),
        row(4, "O'Brien", -0.5, "10.5", true, "日本"),
        row(5, "e\u{301}", 2.0, "0.00", nil, "Seoul"),
        row(6, "é", .infinity, nil, false, nil),
    ]

    private func kept(_ text: String) throws -> [Int32] {
        let filter = try BoundFilter.compile(text, schema: Self.schema)
        let batch = try FilterBatch(rows: Self.rows, fieldNames: Self.names, filter: filter)
        return FilterEvaluator(filter).keptRows(batch)
    }

    @Test(arguments: [
        ("id > 2", [3, 4, 5]),
        ("id <> 2", [0, 3, 4, 5]),
        ("NOT id <> 2", [1]),
        ("id IS NULL", [2]),
        ("id IS NOT NULL AND ok IS NULL", [4]),
        ("name = 'Seoul'", [0]),
        ("name LIKE '_eoul'", [0, 1]),
        ("name LIKE 'O''%'", [3]),
        ("name LIKE '_'", [5]),
        ("name LIKE '__'", [4]),
        ("name NOT LIKE '%'", []),
        ("name > 'Z'", [1, 4, 5]),
        ("score > 1", [0, 4, 5]),
        ("score <> 1.5", [1, 3, 4, 5]),
        ("score NOT BETWEEN -1 AND 2", [1, 5]),
        ("amount = 10", [0]),
        ("amount BETWEEN 0 AND 10.5", [0, 3, 4]),
        ("amount IN (10.50, -3.250)", [1, 3]),
        ("amount NOT IN (10.50, -3.250)", [0, 4]),
        ("ok = TRUE OR id = 6", [0, 3, 5]),
        ("NOT (ok = TRUE OR id = 6)", [1]),
        ("ok = false AND id > 100", []),
        ("NOT (ok = false AND id > 100)", [0, 1, 3, 4, 5]),
        ("address.city = 'Seoul'", [0, 4]),
        ("address.city IS NULL", [2, 5]),
    ])
    func keepsOnlyRowsWherePredicateIsTrue(text: String, expected: [Int32]) throws {
        #expect(try kept(text) == expected, "\(text)")
    }

    /// NULL rows are kept by neither a predicate nor its negation (three-valued logic).
    @Test func nullRowIsNeverKeptByAComparisonOrItsNegation() throws {
        for text in ["id = 1", "name LIKE '%'", "amount IN (1)", "score BETWEEN 0 AND 1", "ok = TRUE"] {
            #expect(try !kept(text).contains(2))
            #expect(try !kept("NOT (\(text))").contains(2))
        }
    }

    @Test func valueOfTheWrongKindIsAnError() throws {
        let filter = try BoundFilter.compile("id = 1", schema: Self.schema)
        #expect(throws: FilterEvaluationError.self) {
            _ = try FilterBatch(rows: [[.string("x")]], fieldNames: ["id"], filter: filter)
        }
        #expect(throws: FilterEvaluationError.self) {
            _ = try FilterBatch(rows: [[.int(1)]], fieldNames: ["other"], filter: filter)
        }
    }
}
