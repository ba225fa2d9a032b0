/// The selected leaf columns of one row group, decoded; rows are assembled from these on demand.
struct RecordBatch: Sendable {
    var rowCount: Int
    /// Keyed by leaf index in the file schema.
    var columns: [Int: ColumnBatch]
}
