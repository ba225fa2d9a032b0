// libFuzzer target: the CSV sniffer (dialect, header and type detection) on the input as a complete sample,
// then the CSV reader over the same bytes with the sniffed dialect, and again with a fixed comma dialect
// and ragged rows padded, so the tokenizer sees dialects the sniffer would not pick.
@testable import LakeCodec

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data, size > 0 else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if let sniff = try? CSVSniffer(maxRows: 2_000, sampleBytes: 1 << 20).sniff(sample: bytes, isComplete: true) {
        var options = CSVReaderOptions()
        options.columnCount = sniff.columnNames.count
        options.chunkBytes = 4096
        read(CSVReader(source: CSVByteSource(bytes: bytes), dialect: sniff.dialect, options: options))
    }
    var padded = CSVReaderOptions()
    padded.ragged = .pad
    padded.chunkBytes = 64
    padded.batchRows = 7
    read(CSVReader(source: CSVByteSource(bytes: bytes), dialect: CSVDialect(), options: padded))
    return 0
}

private func read(_ reader: CSVReader) {
    while let batch = try? reader.nextBatch() {
        for row in 0..<batch.rowCount {
            for column in 0..<batch.columnCount { _ = batch.string(row: row, column: column) }
        }
    }
}
