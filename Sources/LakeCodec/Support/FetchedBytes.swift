import Foundation

/// A byte source holding only the ranges of a file that were fetched (the footer, then the column chunks
/// a read needs), for files whose bytes come from elsewhere (an S3 object read with ranged GETs). A read
/// of bytes that were not fetched is an error, not a silent fetch: the caller decides what to fetch, so a
/// footer-only `inspect` provably reads nothing else.
///
/// `@unchecked Sendable`: the stored ranges are guarded by `lock`; a fetch may add ranges while another
/// task reads.
package final class FetchedBytes: ByteSource, @unchecked Sendable {
    package let name: String
    package let size: Int
    private let lock = NSLock()
    private var pieces: [(offset: Int, bytes: [UInt8])] = []

    package init(name: String, size: Int) {
        self.name = name
        self.size = size
    }

    /// Keeps `bytes` as the content at `offset` (bytes past the end of the source are dropped).
    package func store(_ bytes: [UInt8], at offset: Int) {
        let kept = offset + bytes.count > size ? Array(bytes.prefix(max(0, size - offset))) : bytes
        lock.withLock { pieces.append((offset, kept)) }
    }

    /// The parts of `ranges` not yet held, so a second read of the same chunk fetches nothing and a
    /// footer larger than the first guess fetches only the rest of it.
    package func missing(_ ranges: [ByteRange]) -> [ByteRange] {
        let held = lock.withLock { pieces.map { ByteRange(offset: $0.offset, count: $0.bytes.count) } }
        var gaps: [ByteRange] = []
        for range in ranges where range.count > 0 {
            var start = range.offset
            for piece in ByteRange.coalesce(held, gap: 0) where piece.end > start && piece.offset < range.end {
                if piece.offset > start { gaps.append(ByteRange(offset: start, count: piece.offset - start)) }
                start = max(start, piece.end)
            }
            if start < range.end { gaps.append(ByteRange(offset: start, count: range.end - start)) }
        }
        return gaps
    }

    /// Every held range with its bytes, by offset (to write them out, e.g. into a sparse local file).
    package var held: [(offset: Int, bytes: [UInt8])] {
        lock.withLock { pieces.sorted { $0.offset < $1.offset } }
    }

    /// Drops every held range except those overlapping `keep` (memory stays bounded by one row group).
    package func release(keeping keep: [ByteRange]) {
        lock.withLock {
            pieces.removeAll { piece in
                !keep.contains { $0.offset < piece.offset + piece.bytes.count && piece.offset < $0.end }
            }
        }
    }

    /// The bytes at `offset` copied straight into `buffer`, once: a column chunk's window is refilled
    /// from the fetched pieces without an array in between.
    package func read(offset: Int, into buffer: UnsafeMutableRawBufferPointer, what: String) throws {
        let count = buffer.count
        try checkRange(offset: offset, count: count, what: what)
        // The range may span several fetched pieces (a footer fetched in two parts, a split request).
        let complete: Bool = lock.withLock {
            var cursor = offset
            let end = offset + count
            for piece in pieces.sorted(by: { $0.offset < $1.offset })
            where cursor < end && piece.offset + piece.bytes.count > cursor && piece.offset < end {
                guard piece.offset <= cursor else { return false }
                let upTo = min(end, piece.offset + piece.bytes.count)
                piece.bytes.withUnsafeBytes { from in
                    let source = UnsafeRawBufferPointer(rebasing: from[(cursor - piece.offset)..<(upTo - piece.offset)])
                    UnsafeMutableRawBufferPointer(rebasing: buffer[(cursor - offset)..<(upTo - offset)])
                        .copyMemory(from: source)
                }
                cursor = upTo
            }
            return cursor == end
        }
        guard complete else {
            throw CodecError.io(
                path: name, reason: "bytes [\(offset), \(offset + count)) for \(what) were not fetched before reading")
        }
    }
}
