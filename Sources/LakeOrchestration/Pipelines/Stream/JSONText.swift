/// Just enough JSON writing for CSV rows turned into records (RFC 8259 §7 string escaping, §6 numbers).
enum JSONText {
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case let c where c.value < 0x20:
                let hex = String(c.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// JSON forbids leading `+`, leading zeros before digits, and a bare `.5` or `5.`.
    static func isJSONNumber(_ text: String) -> Bool {
        var bytes = Substring(text)
        if bytes.first == "-" { bytes = bytes.dropFirst() }
        let parts = bytes.split(separator: ".", omittingEmptySubsequences: false)
        guard let integer = parts.first, !integer.isEmpty, integer.allSatisfy(\.isNumber) else { return false }
        if integer.count > 1 && integer.first == "0" { return false }
        if parts.count == 1 { return true }
        guard parts.count == 2 else { return false }
        return !parts[1].isEmpty && parts[1].allSatisfy(\.isNumber)
    }
}
