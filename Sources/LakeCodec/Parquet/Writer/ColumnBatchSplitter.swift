/// Cuts one row group's `ColumnBatch` into consecutive batches of whole rows, for re-chunking a file into
/// smaller row groups. A row starts at every slot with repetition level 0 (Dremel); the values of a
/// slice are those whose definition level is the maximum, counted as the cursor moves.
struct ColumnBatchSplitter {
    private let batch: ColumnBatch
    private var slot = 0
    private var value = 0

    init(_ batch: ColumnBatch) { self.batch = batch }

    private var slotCount: Int {
        batch.descriptor.maxDefinitionLevel > 0 ? batch.definitionLevels.count : batch.values.count
    }

    /// The next `rows` rows (fewer at the end).
    mutating func take(rows: Int) throws -> ColumnBatch {
        let d = batch.descriptor
        let total = slotCount
        var end = slot
        if d.maxRepetitionLevel == 0 {
            end = min(total, slot + rows)
        } else {
            var seen = 0
            while end < total {
                if batch.repetitionLevels[end] == 0 {
                    if seen == rows { break }
                    seen += 1
                }
                end += 1
            }
        }
        var n = end - slot
        if d.maxDefinitionLevel > 0 {
            let maxDef = Int32(d.maxDefinitionLevel)
            n = 0
            for k in slot..<end where batch.definitionLevels[k] == maxDef { n += 1 }
        }
        guard value + n <= batch.values.count else {
            throw CodecError.corrupt(
                what: "column '\(d.dottedPath)'", offset: 0, reason: "levels place more values than were decoded")
        }
        var out = ColumnBatch(descriptor: d)
        out.values = try Self.slice(batch.values, value..<(value + n))
        if d.maxDefinitionLevel > 0 { out.definitionLevels = Array(batch.definitionLevels[slot..<end]) }
        if d.maxRepetitionLevel > 0 { out.repetitionLevels = Array(batch.repetitionLevels[slot..<end]) }
        out.slotCount = end - slot
        slot = end
        value += n
        return out
    }

    static func slice(_ values: ColumnValues, _ r: Range<Int>) throws -> ColumnValues {
        switch values {
        case .boolean(let a): return .boolean(Array(a[r]))
        case .int32(let a): return .int32(Array(a[r]))
        case .int64(let a): return .int64(Array(a[r]))
        case .int96(let a): return .int96(Array(a[r]))
        case .float(let a): return .float(Array(a[r]))
        case .double(let a): return .double(Array(a[r]))
        case .bytes(let a):
            var b = BinaryArray()
            guard !r.isEmpty else { return .bytes(b) }
            let lo = a.offsets[r.lowerBound]
            b.bytes = Array(a.bytes[Int(lo)..<Int(a.offsets[r.upperBound])])
            b.offsets = a.offsets[r.lowerBound...r.upperBound].map { $0 &- lo }
            b.count = r.count
            return .bytes(b)
        }
    }
}
