/// A half-open byte range `[offset, offset + count)` of a file: what a reader needs fetched.
package struct ByteRange: Sendable, Hashable, Comparable, CustomStringConvertible {
    package var offset: Int
    package var count: Int

    package init(offset: Int, count: Int) {
        self.offset = offset
        self.count = count
    }

    package var end: Int { offset + count }

    /// An HTTP `Range` header value (RFC 9110 §14.1.2: the last byte position is inclusive).
    package var httpRange: String { "bytes=\(offset)-\(end - 1)" }

    package var description: String { "[\(offset), \(end))" }

    package static func < (a: ByteRange, b: ByteRange) -> Bool {
        (a.offset, a.count) < (b.offset, b.count)
    }

    /// The ranges sorted and merged wherever two overlap or lie at most `gap` bytes apart, so one request
    /// fetches neighbouring column chunks (a request costs far more than a few KiB of bytes read twice)
    /// while columns far apart in the file are still skipped. Empty ranges are dropped.
    package static func coalesce(_ ranges: [ByteRange], gap: Int) -> [ByteRange] {
        var merged: [ByteRange] = []
        for range in ranges.filter({ $0.count > 0 }).sorted() {
            if let last = merged.last, range.offset <= last.end + max(0, gap) {
                merged[merged.count - 1].count = max(last.end, range.end) - last.offset
            } else {
                merged.append(range)
            }
        }
        return merged
    }
}
