/// The decoded contents of one leaf column over one row group: the non-null values, plus the definition
/// and repetition levels that place them in rows (empty when the column's max level is 0).
struct ColumnBatch: Sendable {
    let descriptor: ColumnDescriptor
    var values: ColumnValues
    var definitionLevels: [Int32] = []
    var repetitionLevels: [Int32] = []
    /// Number of level entries (slots): values plus nulls plus empty lists.
    var slotCount = 0
    /// Only from a reader asked to keep dictionary indices (`ColumnChunkReader.keepsDictionaryIndices`):
    /// the chunk's dictionary, and one index into it per value of its dictionary-encoded pages, left
    /// unexpanded. The batch's values are then `values` and `dictionary[dictionaryIndices]` together, in
    /// no particular order, which suits order-free consumers (the profiler); when `values` is empty (every
    /// page was dictionary-encoded) the indices are in value order, which the scan relies on.
    var dictionary: ColumnValues?
    var dictionaryIndices: [Int32] = []
    /// The row group's rows this batch holds when only some pages were decoded (`PagePlan`), in order;
    /// nil when it holds every row.
    var rowSpans: RowSpans?
    /// Data pages stepped over without decoding.
    var skippedPages = 0

    init(descriptor: ColumnDescriptor) {
        self.descriptor = descriptor
        self.values = .empty(for: descriptor.physicalType)
    }

    /// Empties the batch's values, levels and indices, keeping their buffers and the dictionary: a reader
    /// handing out a chunk part after part refills the same storage.
    mutating func removeAllKeepingCapacity() {
        values.removeAllKeepingCapacity()
        definitionLevels.removeAll(keepingCapacity: true)
        repetitionLevels.removeAll(keepingCapacity: true)
        dictionaryIndices.removeAll(keepingCapacity: true)
        slotCount = 0
    }

    /// Number of rows: slots starting a record (repetition level 0).
    var rowCount: Int {
        descriptor.maxRepetitionLevel == 0 ? slotCount : repetitionLevels.lazy.filter { $0 == 0 }.count
    }

    /// Number of null slots (definition below the maximum).
    var nullCount: Int { slotCount - valueCount }

    /// Number of non-null values, expanded or kept as dictionary indices.
    var valueCount: Int { values.count + dictionaryIndices.count }
}
