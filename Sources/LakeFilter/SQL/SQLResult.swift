/// The answer to a local SQL query: output columns (named as Athena names them: the alias, the column
/// name, or `_colN`) with their types, and the rows in order.
package struct SQLResult: Sendable {
    package var columns: [SQLTable.Column]
    package var rows: [[SQLValue]]
}
