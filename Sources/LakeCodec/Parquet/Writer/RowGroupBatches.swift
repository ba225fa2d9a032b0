/// The column batches of one row group on their way to the writer, each handed out once to the code that
/// encodes it. A batch's values then go as soon as its chunk is encoded, not when the whole row group is
/// written: a row group of 1M rows holds about 120 MB of values, and without the hand-off the last
/// column's encoding buffers came on top of all of them.
///
/// `@unchecked Sendable`: `Parallel.map` gives each index to one worker and each worker calls `take` once
/// for its index, so no slot is touched by two threads; `count` and `descriptors` never change.
final class RowGroupBatches: @unchecked Sendable {
    let descriptors: [ColumnDescriptor]
    private let slots: UnsafeMutableBufferPointer<ColumnBatch?>

    /// Takes the batches over: passed a temporary (or with `consume`), the array's own references go when
    /// this returns, and each batch is then held here only.
    init(_ batches: consuming [ColumnBatch]) {
        descriptors = batches.map(\.descriptor)
        slots = .allocate(capacity: batches.count)
        slots.initialize(repeating: nil)
        for k in batches.indices { slots[k] = batches[k] }
    }

    var count: Int { slots.count }

    /// Batch `k`, removed from here: the caller's copy is the last one.
    func take(_ k: Int) -> ColumnBatch {
        guard let batch = slots[k].take() else { preconditionFailure("column \(k) of a row group taken twice") }
        return batch
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }
}
