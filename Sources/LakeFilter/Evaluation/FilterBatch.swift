import LakeCodec

/// The columns a bound filter reads, for one batch of rows, aligned with `BoundFilter.columns`.
///
/// LakeCodec keeps its decoded `ColumnBatch`es internal and hands out rows of `Value`s, so this is built
/// once per chunk from those rows: one pass per filter column, navigating struct fields, into typed
/// arrays. The evaluator then works column-at-a-time on these arrays.
package struct FilterBatch: Sendable {
    package var rowCount: Int
    package var columns: [FilterColumn]

    package init(rowCount: Int, columns: [FilterColumn]) {
        self.rowCount = rowCount
        self.columns = columns
    }

    /// Extracts the filter's columns from `rows`, whose values follow `fieldNames` (top-level names;
    /// partition values appended as further fields). A value of an unexpected kind is an error, not NULL.
    package init(rows: [[Value]], fieldNames: [String], filter: BoundFilter) throws(FilterEvaluationError) {
        rowCount = rows.count
        let lowered = fieldNames.map { $0.lowercased() }
        columns = []
        for column in filter.columns {
            guard let top = lowered.firstIndex(of: column.path[0].lowercased()) else {
                throw FilterEvaluationError.missingColumn(column.dottedName, available: fieldNames)
            }
            let nested = Array(column.path.dropFirst())
            var valid = [Bool](repeating: true, count: rows.count)
            func value(_ r: Int) -> Value {
                var v = rows[r][top]
                for part in nested {
                    guard case .structure(let fields) = v,
                        let f = fields.first(where: { $0.name.lowercased() == part.lowercased() })
                    else { return .null }
                    v = f.value
                }
                return v
            }
            let bad = { (v: Value) in FilterEvaluationError.unexpectedValue(column.dottedName, String(describing: v)) }
            switch column.storage {
            case .integer:
                var out = [Int64](repeating: 0, count: rows.count)
                for r in rows.indices {
                    switch value(r) {
                    case .null: valid[r] = false
                    case .int(let x): out[r] = x
                    case .uint(let x) where x <= UInt64(Int64.max): out[r] = Int64(x)
                    case let v: throw bad(v)
                    }
                }
                columns.append(FilterColumn(values: .integer(out), valid: valid))
            case .float, .double:
                var out = [Double](repeating: 0, count: rows.count)
                for r in rows.indices {
                    switch value(r) {
                    case .null: valid[r] = false
                    case .double(let x): out[r] = x
                    case .float(let x): out[r] = Double(x)
                    case .int(let x): out[r] = Double(x)
                    case let v: throw bad(v)
                    }
                }
                columns.append(FilterColumn(values: .double(out), valid: valid))
            case .decimal:
                var out: [DecimalKey] = []
                out.reserveCapacity(rows.count)
                for r in rows.indices {
                    switch value(r) {
                    case .null:
                        valid[r] = false
                        out.append(.zero)
                    case .decimal(let text):
                        guard let d = DecimalKey(text) else { throw bad(.decimal(text)) }
                        out.append(d)
                    case .int(let x):
                        guard let d = DecimalKey(String(x)) else { throw bad(.int(x)) }
                        out.append(d)
                    case let v: throw bad(v)
                    }
                }
                columns.append(FilterColumn(values: .decimal(out), valid: valid))
            case .string:
                var out = [String](repeating: "", count: rows.count)
                for r in rows.indices {
                    switch value(r) {
                    case .null: valid[r] = false
                    case .string(let s): out[r] = s
                    case .invalidUTF8(let b): out[r] = String(decoding: b, as: UTF8.self)
                    case .int(let x): out[r] = String(x)
                    case let v: throw bad(v)
                    }
                }
                columns.append(FilterColumn(values: .string(out), valid: valid))
            case .date, .timestamp:
                var out = [Int64](repeating: 0, count: rows.count)
                for r in rows.indices {
                    switch value(r) {
                    case .null: valid[r] = false
                    case .date(let d): out[r] = Int64(d)
                    case .timestamp(let t, let unit, _):
                        switch unit {
                        case .millis: out[r] = t * 1000
                        case .micros: out[r] = t
                        case .nanos: out[r] = t >= 0 ? t / 1000 : (t - 999) / 1000
                        }
                    case let v: throw bad(v)
                    }
                }
                columns.append(FilterColumn(values: .integer(out), valid: valid))
            case .boolean:
                var out = [Bool](repeating: false, count: rows.count)
                for r in rows.indices {
                    switch value(r) {
                    case .null: valid[r] = false
                    case .bool(let b): out[r] = b
                    case let v: throw bad(v)
                    }
                }
                columns.append(FilterColumn(values: .boolean(out), valid: valid))
            }
        }
    }
}
