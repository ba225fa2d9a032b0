/// A table local SQL reads: named, typed columns and its rows (one value per column).
package struct SQLTable: Sendable {
    package struct Column: Sendable, Equatable {
        package var name: String
        package var type: SQLType
        package init(name: String, type: SQLType) {
            self.name = name
            self.type = type
        }
    }

    package var columns: [Column]
    package var rows: [[SQLValue]]

    package init(columns: [Column], rows: [[SQLValue]]) {
        self.columns = columns
        self.rows = rows
    }
}
