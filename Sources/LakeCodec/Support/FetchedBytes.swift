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

    package func read(offset: Int, count: Int, what: String) throws -> [UInt8] {
        guard offset >= 0, count >= 0, offset <= size, count <= size - offset else {
            throw CodecError.corrupt(
                what: what, offset: offset,
                reason: "range of \(count) bytes at \(offset) lies outside the file of \(size) bytes")
        }
        // The range may span several fetched pieces (a footer fetched in two parts, a split request).
        let found: [UInt8]? = lock.withLock {
            var out = [UInt8](repeating: 0, count: count)
            var cursor = offset
            let end = offset + count
            for piece in pieces.sorted(by: { $0.offset < $1.offset })
            where piece.offset + piece.bytes.count > cursor && piece.offset < end {
                guard piece.offset <= cursor else { return nil }
                let upTo = min(end, piece.offset + piece.bytes.count)
                out.replaceSubrange(
                    (cursor - offset)..<(upTo - offset),
                    with: piece.bytes[(cursor - piece.offset)..<(upTo - piece.offset)])
                cursor = upTo
                if cursor == end { break }
            }
            return cursor == end ? out : nil
        }
        guard let found else {
            throw CodecError.io(
                path: name, reason: "bytes [\(offset), \(offset + count)) for \(what) were not fetched before reading")
        }
        return found
    }
}
