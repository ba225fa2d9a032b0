/// One grant's share of a table as Lake Formation applies it (AWS-NOTES B1): the rows its filter makes TRUE
/// (every row when `rowFilter` is nil) and its columns. A plain SELECT on the table is all rows, all columns;
/// a column grant is all rows, some columns; a data cells filter is its row expression and columns.
package struct GrantedCells: Sendable, Equatable {
    package var rowFilter: String?
    package var columns: ColumnSelection
    /// Where the grant came from, for errors ("filter F of D.T").
    package var source: String

    package init(rowFilter: String?, columns: ColumnSelection, source: String) {
        self.rowFilter = rowFilter
        self.columns = columns
        self.source = source
    }
}
