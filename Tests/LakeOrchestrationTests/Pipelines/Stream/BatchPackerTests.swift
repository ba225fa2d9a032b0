import AWSServices
import Testing

@testable import LakeOrchestration

/// Packing within PutRecordBatch's limits (AWS-NOTES B4): 500 records, 4 MiB per call, 1,000 KiB a record.
@Suite struct BatchPackerTests {
    static func record(_ line: Int, bytes: Int) -> StreamRecord {
        StreamRecord(line: line, bytes: [UInt8](repeating: UInt8(ascii: "a"), count: bytes))
    }

    /// Feeds every record and collects the batches, flushing at the end.
    static func pack(_ records: [StreamRecord], packer: BatchPacker = BatchPacker()) -> (
        batches: [RecordBatch], oversized: [Int]
    ) {
        var packer = packer
        var batches: [RecordBatch] = []
        var oversized: [Int] = []
        for record in records {
            switch packer.add(record) {
            case .packed: break
            case .full(let batch): batches.append(batch)
            case .oversized(let line, _): oversized.append(line)
            }
        }
        if let last = packer.flush() { batches.append(last) }
        return (batches, oversized)
    }

    @Test func fiveHundredRecordsMakeOneCallAndTheNextStartsAnother() {
        let records = (1...1_201).map { Self.record($0, bytes: 10) }
        let (batches, oversized) = Self.pack(records)
        #expect(batches.map(\.records.count) == [500, 500, 201])
        #expect(oversized.isEmpty)
        #expect(batches.flatMap(\.records) == records)
    }

    @Test func fourMiBPerCallIsNeverExceeded() {
        // 900 KiB records: four fit (3,600 KiB), a fifth would pass 4,096 KiB.
        let records = (1...9).map { Self.record($0, bytes: 900 * 1024) }
        let (batches, _) = Self.pack(records)
        #expect(batches.map(\.records.count) == [4, 4, 1])
        #expect(batches.allSatisfy { $0.bytes <= FirehoseClient.maxBatchBytes })
        #expect(batches.flatMap(\.records).map(\.line) == Array(1...9))
    }

    @Test func aRecordOverOneThousandKiBIsRefusedWithItsLineAndTheRestArePacked() {
        let records = [
            Self.record(1, bytes: 10), Self.record(2, bytes: FirehoseClient.maxRecordBytes + 1),
            Self.record(3, bytes: FirehoseClient.maxRecordBytes),
        ]
        let (batches, oversized) = Self.pack(records)
        #expect(oversized == [2])
        #expect(batches.flatMap(\.records).map(\.line) == [1, 3])
    }

    @Test func maxRecordsIsCappedAtFirehosesLimitAndHonouredBelowIt() {
        #expect(BatchPacker(maxRecords: 10_000).maxRecords == 500)
        let (batches, _) = Self.pack((1...7).map { Self.record($0, bytes: 1) }, packer: BatchPacker(maxRecords: 3))
        #expect(batches.map(\.records.count) == [3, 3, 1])
    }

    @Test func flushOfAnEmptyPackerIsNil() {
        var packer = BatchPacker()
        #expect(packer.flush() == nil)
        #expect(packer.pendingFirstLine == nil)
        _ = packer.add(Self.record(4, bytes: 1))
        #expect(packer.pendingFirstLine == 4)
    }
}
