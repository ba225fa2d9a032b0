/// One selected field over the rows of a `ScanBatch`.
///
/// A flat leaf stays typed: the row group's decoded non-null values (`ColumnValues`, shared, not copied
/// per batch) plus, per batch row, the index of its value or -1 for NULL: validity and position in one
/// array. Logical values (`Value`: strings, decimals, timestamps) are made only when `value(_:)` is asked,
/// at the output edge. A nested field (list, map, struct) is assembled into `Value`s while scanning,
/// since its rows cannot be located without walking the levels in order.
package struct ScanColumn: Sendable {
    package let name: String
    let storage: Storage

    enum Storage: Sendable {
        case flat(converter: LeafConverter, valueIndex: [Int])
        case assembled([Value])
    }

    package var count: Int {
        switch storage {
        case .flat(_, let index): index.count
        case .assembled(let values): values.count
        }
    }

    package func isNull(_ row: Int) -> Bool {
        switch storage {
        case .flat(_, let index): index[row] < 0
        case .assembled(let values): values[row].isNull
        }
    }

    package var nullCount: Int { (0..<count).lazy.filter { isNull($0) }.count }

    /// The logical value of batch row `row`.
    package func value(_ row: Int) -> Value {
        switch storage {
        case .flat(let converter, let index):
            let i = index[row]
            return i < 0 ? .null : converter.value(at: i)
        case .assembled(let values):
            return values[row]
        }
    }

    /// The typed non-null values this column's rows index into (flat fields only).
    var typedValues: ColumnValues? {
        if case .flat(let converter, _) = storage { return converter.values }
        return nil
    }
}

extension ScanColumn {
    /// The column's rows `rows` (batch row numbers, in any order, repeats allowed) as a column of their own,
    /// still in the typed storage: a flat column shares its values and only re-indexes them, so an engine can
    /// pick the rows a join matched without making a value per cell.
    package func gathering(_ rows: [Int]) -> ScanColumn {
        switch storage {
        case .flat(let converter, let index):
            ScanColumn(name: name, storage: .flat(converter: converter, valueIndex: rows.map { index[$0] }))
        case .assembled(let values):
            ScanColumn(name: name, storage: .assembled(rows.map { values[$0] }))
        }
    }
}
