import Foundation
import Testing

@testable import LakeCodec

/// A Parquet file read through `FetchedBytes` holding only what was fetched: opening needs the opening
/// ranges and the footer, reading a row group its column chunks, and anything else is an error.
@Suite struct FetchedBytesTests {
    static let file = "duckdb-parquet-testing/lineitem-top10000.gzip.parquet"

    /// `source` filled with `ranges` of the local file's bytes, as a remote fetch would fill it.
    static func fill(_ source: FetchedBytes, from bytes: [UInt8], _ ranges: [ByteRange]) {
        for r in source.missing(ranges) { source.store(Array(bytes[r.offset..<r.end]), at: r.offset) }
    }

    @Test func readsAcrossAdjacentPiecesAndRefusesBytesNotFetched() throws {
        let source = FetchedBytes(name: "mem", size: 100)
        source.store(Array(0..<40), at: 0)
        source.store(Array(40..<60), at: 40)
        #expect(try source.read(offset: 30, count: 20, what: "x") == Array(30..<50))
        #expect(throws: CodecError.self) { try source.read(offset: 50, count: 20, what: "x") }
        #expect(throws: CodecError.self) { try source.read(offset: 90, count: 20, what: "x") }
        #expect(source.missing([ByteRange(offset: 50, count: 30)]) == [ByteRange(offset: 60, count: 20)])
        #expect(source.missing([ByteRange(offset: 10, count: 30)]).isEmpty)
    }

    @Test func readsIntoABufferAcrossPiecesAndRefusesBytesNotFetched() throws {
        let source = FetchedBytes(name: "mem", size: 100)
        source.store(Array(0..<40), at: 0)
        source.store(Array(40..<60), at: 40)
        source.store(Array(20..<35), at: 20)  // overlapping an earlier piece
        var buffer = [UInt8](repeating: 0xFF, count: 25)
        try buffer.withUnsafeMutableBytes { try source.read(offset: 30, into: $0, what: "x") }
        #expect(buffer == Array(30..<55))
        #expect(throws: CodecError.self) {
            try buffer.withUnsafeMutableBytes { try source.read(offset: 50, into: $0, what: "x") }
        }
        #expect(throws: CodecError.self) {
            try buffer.withUnsafeMutableBytes { try source.read(offset: 90, into: $0, what: "x") }
        }
        #expect(throws: CodecError.self) { try source.read(offset: 10, count: -1, what: "x") }
        #expect(try source.read(offset: 60, count: 0, what: "x") == [])
    }

    /// A corpus file's bytes, and a `FetchedBytes` holding what opening it fetches: the opening ranges,
    /// then the footer they reveal.
    static func footerOnly(_ corpusPath: String) throws -> (bytes: [UInt8], source: FetchedBytes, footer: ByteRange) {
        let path = CorpusLocator.parquetRoot.appendingPathComponent(corpusPath).path
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        let source = FetchedBytes(name: "s3://b/\(corpusPath)", size: bytes.count)
        fill(source, from: bytes, ParquetFile.openingRanges(size: bytes.count))
        let trailer = try source.read(offset: bytes.count - 8, count: 8, what: "trailer")
        let footer = try #require(ParquetFile.footerRange(size: bytes.count, trailer: trailer))
        fill(source, from: bytes, [footer])
        return (bytes, source, footer)
    }

    @Test func opensFromTheFooterAloneAndReadsOnlyFetchedChunks() throws {
        let (bytes, source, footer) = try Self.footerOnly(Self.file)
        let local = try ParquetFile.open(CorpusLocator.parquetRoot.appendingPathComponent(Self.file).path)
        let held = source.held.map(\.bytes.count).reduce(0, +)
        #expect(held <= footer.count + ParquetFile.footerGuess + 4)
        let remote = try ParquetFile.open(source: source)
        #expect(remote.metadata.numRows == local.metadata.numRows)
        #expect(remote.schema.columns.count == local.schema.columns.count)

        let fields = try remote.selectFields(["l_orderkey", "l_shipmode"])
        #expect(throws: CodecError.self) { try remote.readRows(rowGroup: 0, fields: fields) }
        let needed = remote.byteRanges(rowGroup: 0, leaves: fields.flatMap(\.leafIndices))
        #expect(needed.count == 2)
        #expect(needed.map(\.count).reduce(0, +) < bytes.count / 4)
        Self.fill(source, from: bytes, needed)
        #expect(try remote.readRows(rowGroup: 0, fields: fields) == local.readRows(rowGroup: 0, fields: fields))
    }

    /// A filtered scan reads the page indexes of the columns it reads: `byteRanges` names them with the
    /// chunks, so a remote file scans with them exactly as a local one.
    @Test func theRangesOfAReadIncludeItsPageIndexes() throws {
        let (bytes, source, _) = try Self.footerOnly(PageIndexScanTests.tinyPages)
        let local = try ParquetFile.open(
            CorpusLocator.parquetRoot.appendingPathComponent(PageIndexScanTests.tinyPages).path)
        let remote = try ParquetFile.open(source: source)
        let options = ScanOptions(
            columns: ["id", "string_col"],
            predicates: [RowGroupPredicate(column: "id", comparison: .equal, literal: "100")])
        let leaves = try remote.selectFields(["id", "string_col"]).flatMap(\.leafIndices)
        let needed = remote.byteRanges(rowGroup: 0, leaves: leaves)
        #expect(needed.count == 6)  // two chunks, each with a column and an offset index
        Self.fill(source, from: bytes, needed)
        var rows: [[Value]] = []
        let report = try remote.scan(options) {
            rows += $0.rows()
            return true
        }
        #expect(rows == [[.int(100), .string("0")]])
        #expect(try ParquetFileScanTests.scanAll(local, options).rows == rows)
        // Of 325 + 352 pages: the 3 `id` pages whose bounds hold 100, and the one `string_col` page of its row.
        #expect(report.pagesSkipped == 673)
    }
}
