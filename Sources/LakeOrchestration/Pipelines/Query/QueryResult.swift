/// A finished query's rows, typed by column, with its status (statistics and cost).
package struct QueryResult: Sendable, Equatable {
    package var status: QueryStatus
    package var columns: [QueryColumn]
    package var rows: [[QueryValue]]
    /// True when `maxRows` stopped the fetch before the last row.
    package var truncated: Bool

    package init(status: QueryStatus, columns: [QueryColumn], rows: [[QueryValue]], truncated: Bool = false) {
        self.status = status
        self.columns = columns
        self.rows = rows
        self.truncated = truncated
    }
}
