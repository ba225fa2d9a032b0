import Testing

@testable import LakeCodec

/// The prefetching reader hands out exactly what the reader does, in order, including the error that
/// ends a stream, and `cancel()` stops the background thread early.
@Suite("CSV batch prefetch")
struct CSVBatchPrefetchTests {
    /// `rows` rows of `id,name` (read in batches of 7, so the producer runs ahead and blocks on its depth);
    /// row `bad` has a third field.
    static func text(rows: Int, badRowAt bad: Int? = nil) -> String {
        var text = "id,name\n"
        for k in 0..<rows { text += k == bad ? "\(k),x,extra\n" : "\(k),n\(k % 17)\n" }
        return text
    }

    static func reader(_ text: String) -> CSVReader {
        let options = CSVReaderOptions(chunkBytes: 64, batchRows: 7)
        return CSVReader(source: CSVByteSource(bytes: Array(text.utf8)), dialect: CSVDialect(), options: options)
    }

    @Test("every batch, in order, then nil (and nil again)", arguments: [1, 2, 5])
    func sameBatches(depth: Int) throws {
        let expected = try Self.reader(Self.text(rows: 1000)).readAll().flatMap { $0.rows() }
        let prefetch = CSVBatchPrefetch(Self.reader(Self.text(rows: 1000)), depth: depth)
        defer { prefetch.cancel() }
        var rows: [[String?]] = []
        var batches = 0
        while let batch = try prefetch.next() {
            rows += batch.rows()
            batches += 1
        }
        #expect(rows == expected)
        #expect(rows.count == 1000)
        #expect(batches == 143)
        #expect(try prefetch.next() == nil)
    }

    @Test("a reader error comes after the batches before it, and again on the next call")
    func errorInOrder() throws {
        let prefetch = CSVBatchPrefetch(Self.reader(Self.text(rows: 1000, badRowAt: 500)))
        defer { prefetch.cancel() }
        var rows = 0
        var failures: [CodecError] = []
        for _ in 0..<2 {
            do {
                while let batch = try prefetch.next() { rows += batch.rowCount }
            } catch let error as CodecError {
                failures.append(error)
            }
        }
        // Rows 0–496 are in the 71 whole batches before the one holding line 502 (row 500).
        #expect(rows == 497)
        #expect(failures.count == 2)
        for failure in failures {
            guard case .csv(_, let line, _, _) = failure else {
                Issue.record("not a CSV error: \(failure)")
                continue
            }
            #expect(line == 502)
        }
    }

    @Test("cancel after one batch stops the producer; cancelling twice is harmless")
    func cancelEarly() throws {
        let reader = Self.reader(Self.text(rows: 1000))
        let prefetch = CSVBatchPrefetch(reader, depth: 1)
        #expect(try prefetch.next()?.rowCount == 7)
        prefetch.cancel()
        prefetch.cancel()
        // The producer stopped: at most the batch taken, the one waiting and one read before it saw the cancel.
        #expect(reader.rowsRead <= 21)
    }
}
