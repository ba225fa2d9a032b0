import Foundation
import Synchronization
import Testing

@testable import LakeCodec

/// `PageIterator` reading a chunk from its source a window at a time must walk exactly the pages, and
/// hand out exactly the payloads, that it does over the chunk held whole.
@Suite("PageIterator windows")
struct PageIteratorWindowTests {
    /// One page as walked: where it is, its header's sizes and its payload (or the error met).
    struct Step: Equatable {
        var fileOffset = 0
        var payloadOffsets = 0..<0
        var type: Int32 = 0
        var payload: [UInt8] = []
        var error: String?
    }

    /// Every step of a walk, stopping at the end or the first error (its description is the last step).
    static func walk(_ pages: PageIterator, payloads: Bool = true) -> [Step] {
        var pages = pages
        var steps: [Step] = []
        do {
            while let page = try pages.next() {
                var step = Step(
                    fileOffset: page.fileOffset, payloadOffsets: page.payloadOffsets, type: page.header.type.rawValue)
                if payloads { step.payload = Array(try pages.payload(page)) }
                steps.append(step)
            }
        } catch {
            steps.append(Step(error: "\(error)"))
        }
        return steps
    }

    /// A byte source over bytes in memory that counts what it is asked to read.
    final class CountingSource: ByteSource, @unchecked Sendable {
        let bytes: [UInt8]
        let name = "counting"
        private let read = Atomic<Int>(0)
        init(_ bytes: [UInt8]) { self.bytes = bytes }
        var size: Int { bytes.count }
        var bytesRead: Int { read.load(ordering: .relaxed) }

        func read(offset: Int, into buffer: UnsafeMutableRawBufferPointer, what: String) throws {
            try checkRange(offset: offset, count: buffer.count, what: what)
            read.add(buffer.count, ordering: .relaxed)
            buffer.copyBytes(from: bytes[offset..<(offset + buffer.count)])
        }
    }

    @Test("every corpus chunk walks alike through windows of 1 byte, 777 bytes, 64 KiB and 1 MiB")
    func corpusChunks() throws {
        var chunks = 0, pages = 0, errors = 0, files = 0
        for relative in CorpusLocator.parquetFiles() {
            let path = CorpusLocator.parquetRoot.appendingPathComponent(relative).path
            guard let file = try? ParquetFile.open(path) else { continue }
            files += 1
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
            let source = CountingSource(bytes)
            for group in file.metadata.rowGroups {
                for chunk in group.columns {
                    guard let meta = chunk.metaData, meta.totalCompressedSize > 0 else { continue }
                    var start = Int(clamping: meta.dataPageOffset)
                    if let d = meta.dictionaryPageOffset, d > 0, d < meta.dataPageOffset { start = Int(d) }
                    let count = Int(clamping: meta.totalCompressedSize)
                    guard start >= 4, start <= file.footerStart, count <= file.footerStart - start else { continue }
                    let whole = Self.walk(
                        PageIterator(bytes: Array(bytes[start..<(start + count)]), baseOffset: start, column: "c"))
                    for window in [1, 777, 64 << 10, 1 << 20] {
                        let windowed = Self.walk(
                            PageIterator(source: source, offset: start, count: count, column: "c", windowSize: window))
                        #expect(windowed == whole, "\(relative) chunk at \(start), window \(window)")
                    }
                    chunks += 1
                    pages += whole.filter { $0.error == nil }.count
                    errors += whole.filter { $0.error != nil }.count
                }
            }
        }
        // Pinned: the corpus files the reader opens, their stored chunks, the pages in them, and the
        // chunks whose walk ends in an error (damaged files kept in the corpus on purpose).
        #expect(files == 169)
        #expect(chunks == 3407)
        #expect(pages == 10071)
        #expect(errors == 2)
    }

    /// A decoded chunk's levels, values and dictionary indices, or the error met.
    struct Decoded: Equatable {
        var slots = 0
        var definitionLevels: [Int32] = []
        var repetitionLevels: [Int32] = []
        var values: ColumnValues?
        var floatBits: [UInt64] = []
        var dictionaryIndices: [Int32] = []
        var error: String?

        init(_ read: () throws -> ColumnBatch) {
            do {
                let b = try read()
                slots = b.slotCount
                definitionLevels = b.definitionLevels
                repetitionLevels = b.repetitionLevels
                // Floating-point values by bit pattern: NaN payloads must survive too, and NaN != NaN.
                switch b.values {
                case .float(let v): floatBits = v.map(\.bitPattern).map(UInt64.init)
                case .double(let v): floatBits = v.map(\.bitPattern)
                default: values = b.values
                }
                dictionaryIndices = b.dictionaryIndices
            } catch {
                self.error = "\(error)"
            }
        }
    }

    @Test("every corpus chunk decodes alike read a page at a time and held whole, CRCs checked")
    func corpusChunksDecode() throws {
        var chunks = 0, failing = 0
        for relative in CorpusLocator.parquetFiles() {
            let path = CorpusLocator.parquetRoot.appendingPathComponent(relative).path
            guard let file = try? ParquetFile.open(path) else { continue }
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
            for (g, group) in file.metadata.rowGroups.enumerated() {
                for (leaf, chunk) in group.columns.enumerated() where leaf < file.schema.columns.count {
                    guard let meta = chunk.metaData, meta.totalCompressedSize > 0 else { continue }
                    var (reader, _) = try file.chunkReader(
                        g, leaf: leaf, verifyChecksums: true, keepsDictionaryIndices: leaf % 2 == 0)
                    var start = Int(clamping: meta.dataPageOffset)
                    if let d = meta.dictionaryPageOffset, d > 0, d < meta.dataPageOffset { start = Int(d) }
                    // Chunks outside the data region are refused before any page is read (other tests).
                    let stored = Int(clamping: meta.totalCompressedSize)
                    guard start >= 4, start <= file.footerStart, stored <= file.footerStart - start else { continue }
                    let count = min(stored + reader.chunkPadding, file.footerStart - start)
                    let whole = Decoded {
                        try reader.decode(
                            bytes: Array(bytes[start..<(start + count)]), baseOffset: start, meta: meta,
                            rowGroupRows: group.numRows)
                    }
                    reader.windowSize = 1
                    let windowed = Decoded {
                        try reader.read(chunk, file: file.file, dataEnd: file.footerStart, rowGroupRows: group.numRows)
                    }
                    #expect(windowed == whole, "\(relative) row group \(g) leaf \(leaf)")
                    chunks += 1
                    if whole.error != nil { failing += 1 }
                }
            }
        }
        // Pinned: the chunks decoded, and those that fail (damaged files kept in the corpus on purpose).
        #expect(chunks == 3407)
        #expect(failing == 14)
    }

    /// Three data pages of `size` payload bytes each, every byte of page k equal to k.
    static func chunk(pages: Int, size: Int) -> [UInt8] {
        var out: [UInt8] = []
        for k in 0..<pages {
            var w = ThriftTestWriter()
            w.i32(1, 0)
            w.i32(2, Int32(size))
            w.i32(3, Int32(size))
            w.stop()
            out += w.bytes + [UInt8](repeating: UInt8(k), count: size)
        }
        return out
    }

    @Test("a page whose payload is not asked for is not read")
    func skippedPayloadsAreNotRead() throws {
        let size = 200_000
        let bytes = [0x50, 0x41, 0x52, 0x31] + Self.chunk(pages: 3, size: size)
        let source = CountingSource(bytes)
        var pages = PageIterator(source: source, offset: 4, count: bytes.count - 4, column: "c", windowSize: 1)
        var payloads: [[UInt8]] = []
        while let page = try pages.next() {
            if page.ordinal == 1 { payloads.append(Array(try pages.payload(page))) }
        }
        #expect(payloads == [[UInt8](repeating: 1, count: size)])
        // Three header probes and one payload, well under the chunk's 600 KB.
        #expect(source.bytesRead <= 3 * PageIterator.headerProbe + size)
        #expect(source.bytesRead >= size)
    }

    @Test("a header longer than the first probe is parsed from a larger window")
    func longHeader() throws {
        let bytes = PageIteratorTests.page(padding: 100_000)
        let source = CountingSource([0, 0, 0, 0] + bytes)
        var pages = PageIterator(source: source, offset: 4, count: bytes.count, column: "x", windowSize: 1)
        let page = try #require(try pages.next())
        #expect(page.header.type == .dictionaryPage)
        #expect(Array(try pages.payload(page)) == [1, 2, 3, 4])
        #expect(try pages.next() == nil)
    }

    @Test("a header that does not end within 16 MiB is corrupt through a window too")
    func headerTooLargeWindowed() throws {
        let bytes = PageIteratorTests.page(padding: PageIterator.maxPageHeaderSize + 10)
        let source = CountingSource([0, 0, 0, 0] + bytes)
        let whole = Self.walk(PageIterator(bytes: bytes, baseOffset: 4, column: "x"))
        let windowed = Self.walk(
            PageIterator(source: source, offset: 4, count: bytes.count, column: "x", windowSize: 1))
        #expect(windowed == whole)
        #expect(whole.last?.error?.contains("does not end within 16777216 bytes") == true)
    }

    @Test("a chunk cut inside a payload or a header gives the error it gives held whole")
    func truncated() throws {
        let full = Self.chunk(pages: 2, size: 5000)
        for cut in [1, 3, 4999, 5005, full.count - 1] {
            let bytes = Array(full[..<cut])
            let source = CountingSource([0, 0, 0, 0] + bytes)
            let whole = Self.walk(PageIterator(bytes: bytes, baseOffset: 4, column: "x"))
            for window in [1, 100, 1 << 20] {
                let windowed = Self.walk(
                    PageIterator(source: source, offset: 4, count: bytes.count, column: "x", windowSize: window))
                #expect(windowed == whole, "cut at \(cut), window \(window)")
            }
            #expect(whole.last?.error != nil, "cut at \(cut)")
        }
    }
}
