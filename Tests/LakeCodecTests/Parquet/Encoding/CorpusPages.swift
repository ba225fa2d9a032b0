import Foundation
import LakeTestSupport

@testable import LakeCodec

/// Test-only access to the pages of small corpus files, so the decoders can be checked against bytes
/// real writers produced (parquet-mr, parquet-cpp) without the file reader. It walks the page headers
/// from offset 4 to the footer with a minimal Thrift compact reader that keeps only the fields needed
/// here (parquet.thrift PageHeader, DataPageHeader, DataPageHeaderV2). The real metadata reader lives
/// in Parquet/Thrift and Parquet/Metadata.
struct CorpusPage {
    var type: Int32 = -1  // 0 data, 2 dictionary, 3 data v2
    var uncompressedSize = 0
    var compressedSize = 0
    var numValues = 0
    var numNulls = 0
    var encoding: Int32 = -1
    var defLevelsLength = 0
    var repLevelsLength = 0
    var isCompressed = true
    /// Index range of the page body in the file bytes.
    var body: Range<Int> = 0..<0
}

enum Corpus {
    /// The bytes of a file below the corpus's `parquet` folder (`Fixtures.corpus`); a missing file
    /// throws `Fixtures.Missing`, so the test fails rather than skips.
    static func bytes(_ relative: String) throws -> [UInt8] {
        let url = try Fixtures.corpusItem("parquet/" + relative)
        return [UInt8](try Data(contentsOf: url))
    }

    static func pages(of file: [UInt8]) throws -> [CorpusPage] {
        let n = file.count
        let footerLength = Int(file[n - 8]) | Int(file[n - 7]) << 8 | Int(file[n - 6]) << 16 | Int(file[n - 5]) << 24
        return try pages(of: file, in: 4..<(n - 8 - footerLength))
    }

    /// The pages in `range` (one column chunk, or everything between the magic and the footer).
    static func pages(of file: [UInt8], in range: Range<Int>) throws -> [CorpusPage] {
        var c = ByteCursor(file, start: range.lowerBound, end: range.upperBound)
        var pages: [CorpusPage] = []
        while !c.isAtEnd {
            var page = CorpusPage()
            try readStruct(&c) { id, type, c in
                switch (id, type) {
                case (1, 5): page.type = Int32(try c.readZigZagInt64("type"))
                case (2, 5): page.uncompressedSize = Int(try c.readZigZagInt64("size"))
                case (3, 5): page.compressedSize = Int(try c.readZigZagInt64("size"))
                case (5, 12):
                    try readStruct(&c) { id, type, c in
                        switch (id, type) {
                        case (1, 5): page.numValues = Int(try c.readZigZagInt64("n"))
                        case (2, 5): page.encoding = Int32(try c.readZigZagInt64("enc"))
                        default: try skip(&c, type: type)
                        }
                    }
                case (7, 12):
                    try readStruct(&c) { id, type, c in
                        switch (id, type) {
                        case (1, 5): page.numValues = Int(try c.readZigZagInt64("n"))
                        case (2, 5): page.encoding = Int32(try c.readZigZagInt64("enc"))
                        default: try skip(&c, type: type)
                        }
                    }
                case (8, 12):
                    try readStruct(&c) { id, type, c in
                        switch (id, type) {
                        case (1, 5): page.numValues = Int(try c.readZigZagInt64("n"))
                        case (2, 5): page.numNulls = Int(try c.readZigZagInt64("nulls"))
                        case (4, 5): page.encoding = Int32(try c.readZigZagInt64("enc"))
                        case (5, 5): page.defLevelsLength = Int(try c.readZigZagInt64("def"))
                        case (6, 5): page.repLevelsLength = Int(try c.readZigZagInt64("rep"))
                        case (7, 1): page.isCompressed = true
                        case (7, 2): page.isCompressed = false
                        default: try skip(&c, type: type)
                        }
                    }
                default: try skip(&c, type: type)
                }
            }
            page.body = try c.take(page.compressedSize, "page body")
            // parquet-cpp also writes each ColumnMetaData inline after its chunk; that struct parses as
            // a header with no page fields and is dropped here.
            if page.type >= 0 && page.uncompressedSize > 0 { pages.append(page) }
        }
        return pages
    }

    /// The page's bytes after decompression (v2: levels stay as stored, the values are decompressed).
    static func decompressedBody(_ page: CorpusPage, of file: [UInt8], codec: CompressionCodec) throws -> [UInt8] {
        let body = file[page.body]
        if page.type == 3 {
            let levels = page.repLevelsLength + page.defLevelsLength
            let values = body.dropFirst(levels)
            let raw =
                page.isCompressed
                ? try Decompressor.decompress(values, codec: codec, uncompressedSize: page.uncompressedSize - levels)
                : Array(values)
            return Array(body.prefix(levels)) + raw
        }
        return try Decompressor.decompress(body, codec: codec, uncompressedSize: page.uncompressedSize)
    }

    /// Definition levels (max level 1 when `optional`) and a cursor at the values of a decompressed
    /// data page body, for v1 (length-prefixed levels) and v2 (levels length in the header) pages.
    static func values(of page: CorpusPage, body: [UInt8], optional: Bool) throws -> (present: Int, cursor: ByteCursor)
    {
        var c = ByteCursor(body)
        guard optional else { return (page.numValues, c) }
        var levels: [Int32] = []
        if page.type == 3 {
            try LevelDecoder.decodeV2(
                body, range: 0..<page.defLevelsLength, bitWidth: 1, count: page.numValues, into: &levels)
            try c.skip(page.defLevelsLength, "levels")
        } else {
            try LevelDecoder.decodeV1(&c, bitWidth: 1, count: page.numValues, into: &levels)
        }
        var present = 0
        for level in levels where level == 1 { present += 1 }
        return (present, c)
    }

    private static func readStruct(_ c: inout ByteCursor, _ field: (Int, Int, inout ByteCursor) throws -> Void) throws {
        var lastId = 0
        while true {
            let b = Int(try c.readByte("field header"))
            if b == 0 { return }
            let type = b & 0x0F
            let delta = b >> 4
            let id = delta == 0 ? Int(try c.readZigZagInt64("field id")) : lastId + delta
            lastId = id
            try field(id, type, &c)
        }
    }

    private static func skip(_ c: inout ByteCursor, type: Int) throws {
        switch type {
        case 1, 2: return
        case 3: _ = try c.readByte("byte")
        case 4, 5, 6: _ = try c.readVarUInt64("int")
        case 7: try c.skip(8, "double")
        case 8: try c.skip(Int(try c.readVarUInt64("len")), "binary")
        case 9, 10:
            let h = Int(try c.readByte("list"))
            let size = h >> 4 == 15 ? Int(try c.readVarUInt64("size")) : h >> 4
            for _ in 0..<size { try skip(&c, type: h & 0x0F) }
        case 11:
            let size = Int(try c.readVarUInt64("map size"))
            if size > 0 {
                let kv = Int(try c.readByte("map types"))
                for _ in 0..<size {
                    try skip(&c, type: kv >> 4)
                    try skip(&c, type: kv & 0x0F)
                }
            }
        case 12: try readStruct(&c) { _, t, c in try skip(&c, type: t) }
        default: throw CodecError.corrupt(what: "thrift", offset: c.fileOffset, reason: "type \(type)")
        }
    }

    /// A CSV file's rows, with double-quoted fields (commas inside quotes kept).
    static func csv(_ relative: String) throws -> [[String]] {
        let text = String(decoding: try bytes(relative), as: UTF8.self)
        var rows: [[String]] = []
        for line in text.split(whereSeparator: \.isNewline) {
            var fields: [String] = []
            var field = ""
            var quoted = false
            for ch in line {
                if ch == "\"" {
                    quoted.toggle()
                } else if ch == "," && !quoted {
                    fields.append(field)
                    field = ""
                } else {
                    field.append(ch)
                }
            }
            fields.append(field)
            rows.append(fields)
        }
        return rows
    }
}
