/// A batch of CSV rows, all of the same width: the raw bytes of those records plus one `CSVFieldSpan` per
/// value, row-major. Consumers (type guessing, conversion to column batches, filters) walk a column by
/// striding through `fields` and decode only what they need; nothing here allocates per value until a
/// caller asks for a `String`.
package struct CSVBatch: Sendable {
    /// The bytes of the batch's records, exactly as in the file; spans index into this.
    package let bytes: [UInt8]
    /// `rowCount * columnCount` spans, row-major.
    package let fields: [CSVFieldSpan]
    package let columnCount: Int
    /// The 1-based physical line each row starts on, for error messages in later stages.
    package let lines: [Int]
    let quote: UInt8?
    let escape: UInt8?
    let nullTexts: [[UInt8]]

    package var rowCount: Int { lines.count }

    package func span(row: Int, column: Int) -> CSVFieldSpan {
        fields[row * columnCount + column]
    }

    /// NULL: an empty unquoted field, a padded field, or an unquoted field equal to one of the dialect's
    /// null texts. A quoted field is never NULL, so `""` stays an empty string.
    package func isNull(row: Int, column: Int) -> Bool {
        let span = span(row: row, column: column)
        if span.isPadded { return true }
        if span.isQuoted { return false }
        if span.count == 0 { return true }
        if nullTexts.isEmpty { return false }
        return bytes.withUnsafeBufferPointer { buf in
            nullTexts.contains { text in
                text.count == span.count
                    && text.withUnsafeBufferPointer { t in
                        var k = 0
                        while k < t.count && t[k] == buf[span.start + k] { k += 1 }
                        return k == t.count
                    }
            }
        }
    }

    /// The field's value bytes with escapes removed.
    package func value(row: Int, column: Int) -> [UInt8] {
        let span = span(row: row, column: column)
        return bytes.withUnsafeBufferPointer { buf in
            span.isEscaped ? unescape(buf, span) : Array(buf[span.start..<span.end])
        }
    }

    /// The field as text, or nil for NULL. The reader has validated UTF-8 unless told not to; any invalid
    /// bytes left become U+FFFD.
    package func string(row: Int, column: Int) -> String? {
        if isNull(row: row, column: column) { return nil }
        return String(decoding: value(row: row, column: column), as: UTF8.self)
    }

    /// Calls `body` with the field's bytes without copying when the field holds no escapes: the path
    /// type guessing and numeric conversion take for every value.
    package func withValueBytes<R>(row: Int, column: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let span = span(row: row, column: column)
        if span.isEscaped {
            let copy = value(row: row, column: column)
            return copy.withUnsafeBufferPointer(body)
        }
        return bytes.withUnsafeBufferPointer { buf in
            body(UnsafeBufferPointer(rebasing: buf[span.start..<span.end]))
        }
    }

    /// All rows as optional strings (nil = NULL); convenient for tests and small previews.
    package func rows() -> [[String?]] {
        (0..<rowCount).map { row in (0..<columnCount).map { string(row: row, column: $0) } }
    }

    private func unescape(_ buf: UnsafeBufferPointer<UInt8>, _ span: CSVFieldSpan) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(span.count)
        let separateEscape = escape != nil && escape != quote
        var i = span.start
        while i < span.end {
            let b = buf[i]
            if separateEscape && b == escape && i + 1 < span.end {
                out.append(buf[i + 1])
                i += 2
            } else if let quote, b == quote && i + 1 < span.end && buf[i + 1] == quote {
                out.append(b)
                i += 2
            } else {
                out.append(b)
                i += 1
            }
        }
        return out
    }
}
