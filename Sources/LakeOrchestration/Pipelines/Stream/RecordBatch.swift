/// Records packed for one PutRecordBatch call, in input order, within Firehose's per-call limits.
package struct RecordBatch: Sendable, Equatable {
    package var records: [StreamRecord]
    package var bytes: Int

    package init(records: [StreamRecord] = []) {
        self.records = records
        bytes = records.reduce(0) { $0 + $1.bytes.count }
    }

    package var isEmpty: Bool { records.isEmpty }
    package var firstLine: Int? { records.first?.line }
}
