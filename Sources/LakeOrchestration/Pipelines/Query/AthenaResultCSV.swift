/// Athena's result file (`<id>.csv`): every value double-quoted with `""` for a quote inside, an empty
/// unquoted field for NULL (so `""` is an empty string and nothing is NULL), rows ended by `\n`. The first
/// row is the header for SELECTs. Malformed input (text after a closing quote, an unclosed quote) is a
/// typed error with the byte offset; nothing here traps.
enum AthenaResultCSV {
    struct Malformed: Error, Sendable, Equatable, CustomStringConvertible {
        var offset: Int
        var reason: String
        var description: String { "the query's result CSV is malformed at byte \(offset): \(reason)" }
    }

    static func parse(_ bytes: [UInt8]) throws -> [[String?]] {
        var rows: [[String?]] = []
        var row: [String?] = []
        var i = 0
        let n = bytes.count
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), newline = UInt8(ascii: "\n")
        let cr = UInt8(ascii: "\r")
        while i < n {
            var field: String? = nil
            if bytes[i] == quote {
                i += 1
                var start = i
                var text: [UInt8] = []
                var escaped = false
                while true {
                    guard i < n else { throw Malformed(offset: start, reason: "a quoted value is never closed") }
                    if bytes[i] == quote {
                        if i + 1 < n, bytes[i + 1] == quote {
                            text.append(contentsOf: bytes[start...i])
                            escaped = true
                            i += 2
                            start = i
                            continue
                        }
                        break
                    }
                    i += 1
                }
                field =
                    escaped
                    ? String(decoding: text + bytes[start..<i], as: UTF8.self)
                    : String(decoding: bytes[start..<i], as: UTF8.self)
                i += 1
            } else {
                let start = i
                while i < n, bytes[i] != comma, bytes[i] != newline, bytes[i] != cr { i += 1 }
                if i > start { field = String(decoding: bytes[start..<i], as: UTF8.self) }
            }
            row.append(field)
            if i < n, bytes[i] == cr { i += 1 }
            if i == n || bytes[i] == newline {
                rows.append(row)
                row = []
                i += 1
            } else if bytes[i] == comma {
                i += 1
                if i == n { row.append(nil) }
            } else {
                throw Malformed(offset: i, reason: "expected a comma or end of line after a value")
            }
        }
        if !row.isEmpty { rows.append(row) }
        return rows
    }
}
