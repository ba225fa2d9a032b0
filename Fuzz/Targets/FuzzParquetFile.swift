@testable import LakeCodec

// libFuzzer target: a whole Parquet file (seeded from the Parquet corpus): footer, schema, every row group
// decoded to rows (page headers, decompression, encodings, record assembly), every column chunk read
// through a window of a few bytes, the column profile, and the scan API with and without a predicate
// (statistics pruning, typed filters, batch cursors).
// The bytes go through a private temporary file because `ParquetFile` reads with pread, as lakectl does.
#if canImport(Glibc)
    import Glibc
#endif

private let scratchPath = "/tmp/lakectl-fuzz-parquet-\(getpid()).parquet"

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzParquetFile(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data, size > 0 else { return 0 }
    guard let file = fopen(scratchPath, "wb") else { return 0 }
    let written = fwrite(data, 1, size, file)
    fclose(file)
    guard written == size else { return 0 }
    guard let parquet = try? ParquetFile.open(scratchPath) else { return 0 }
    guard let fields = try? parquet.selectFields(nil) else { return 0 }
    for index in 0..<min(parquet.metadata.rowGroups.count, 16) {
        _ = try? parquet.readRows(rowGroup: index, fields: fields, verifyChecksums: index % 2 == 0)
    }
    _ = try? parquet.profile(fields: fields)
    // Every chunk again through a window of a few bytes, so the window's refills (a header or payload
    // across its end, a header longer than the first probe) meet the mutated bytes too.
    let window = 1 + Int(data[size / 2]) % 61
    for group in 0..<min(parquet.metadata.rowGroups.count, 16) {
        for leaf in 0..<parquet.schema.columns.count {
            guard
                let (chunkReader, g) = try? parquet.chunkReader(
                    group, leaf: leaf, verifyChecksums: leaf % 2 == 1, keepsDictionaryIndices: leaf % 3 == 0),
                leaf < g.columns.count
            else { continue }
            var reader = chunkReader
            reader.windowSize = window
            _ = try? reader.read(
                g.columns[leaf], file: parquet.file, dataEnd: parquet.footerStart, rowGroupRows: g.numRows)
        }
    }
    var batches = 0
    _ = try? parquet.scan(ScanOptions(batchRows: 100)) { batch in
        _ = batch.rows()
        batches += 1
        return batches < 16
    }
    if let first = fields.first(where: { $0.leafIndex != nil && !$0.isRepeated }) {
        let p = RowGroupPredicate(column: first.name, comparison: .greaterOrEqual, literal: "1")
        batches = 0
        _ = try? parquet.scan(ScanOptions(predicates: [p], batchRows: 100)) { batch in
            _ = batch.rows()
            batches += 1
            return batches < 16
        }
    }
    return 0
}
