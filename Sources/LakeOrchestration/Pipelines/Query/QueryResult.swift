/// A finished query's rows, typed by column, with its status (statistics and cost).
package struct QueryResult: Sendable, Equatable {
    package var status: QueryStatus
    package var columns: [QueryColumn]
    package var rows: [[QueryValue]]
    /// True when `maxRows` stopped the fetch before the last row.
    package var truncated: Bool
    /// The path the rows came by (never `.auto`).
    package var fetch: QueryFetch
    /// Where `--keep-unload` left the UNLOAD files; nil when they were removed or not used.
    package var unloadLocation: String?

    package init(
        status: QueryStatus, columns: [QueryColumn], rows: [[QueryValue]], truncated: Bool = false,
        fetch: QueryFetch = .page, unloadLocation: String? = nil
    ) {
        self.status = status
        self.columns = columns
        self.rows = rows
        self.truncated = truncated
        self.fetch = fetch
        self.unloadLocation = unloadLocation
    }
}
