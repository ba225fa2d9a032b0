import Dispatch

/// Hands finished row groups to the writer: on one background thread when asked, so the caller parses and
/// builds the next row group while this one is encoded and written. At most one row group waits or runs
/// there (memory stays bounded by two row groups); row groups are written in the order given, and the
/// first error is rethrown by the next `write` or by `finish`.
///
/// `@unchecked Sendable`: the writer and `failure` are touched only on `queue`, or by the caller after
/// `pending.wait()` has ordered every earlier job before it.
final class RowGroupPipeline: @unchecked Sendable {
    private let writer: ParquetWriter
    private let background: Bool
    private let queue = DispatchQueue(label: "lakectl.parquet.row-groups")
    private let pending = DispatchGroup()
    private var failure: (any Error)?

    init(_ writer: ParquetWriter, background: Bool) {
        self.writer = writer
        self.background = background
    }

    func write(_ columns: consuming [ColumnBatch], rowCount: Int) throws {
        let columns = RowGroupBatches(consume columns)
        guard background else { return try writer.writeRowGroup(columns, rowCount: rowCount) }
        try finish()
        pending.enter()
        queue.async { [self] in
            defer { pending.leave() }
            do { try writer.writeRowGroup(columns, rowCount: rowCount) } catch { failure = error }
        }
    }

    /// Waits for the row group in flight; rethrows its error.
    func finish() throws {
        pending.wait()
        if let failure { throw failure }
    }
}
