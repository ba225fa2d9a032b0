/// One row of `lakectl grants`: a normal grant and, for a filter grant, what the filter lets through.
package struct GrantRow: Sendable, Equatable {
    package var grant: NormalGrant
    /// The filter's row expression (`*` for all rows); nil for grants without a filter.
    package var rowFilter: String?
    /// The filter's columns; for a column grant, its columns.
    package var columns: String?

    package init(grant: NormalGrant, rowFilter: String? = nil, columns: String? = nil) {
        self.grant = grant
        self.rowFilter = rowFilter
        self.columns = columns
    }
}
