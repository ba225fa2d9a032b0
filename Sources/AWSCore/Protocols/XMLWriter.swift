/// Builds small XML request bodies (S3 CreateBucketConfiguration, Delete, CompleteMultipartUpload) with
/// escaping done in one place.
package struct XMLWriter: Sendable {
    private(set) package var text = ""

    package init(declaration: Bool = true) {
        if declaration { text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" }
    }

    /// `<name attr="…">` … `</name>` around whatever `body` writes.
    package mutating func element(
        _ name: String, attributes: [(String, String)] = [], _ body: (inout XMLWriter) -> Void
    ) {
        text += "<\(name)"
        for (key, value) in attributes { text += " \(key)=\"\(XMLWriter.escape(value))\"" }
        text += ">"
        body(&self)
        text += "</\(name)>"
    }

    /// `<name>value</name>` with the value escaped.
    package mutating func element(_ name: String, value: String) {
        text += "<\(name)>\(XMLWriter.escape(value))</\(name)>"
    }

    package var bytes: [UInt8] { Array(text.utf8) }

    package static func escape(_ value: String) -> String {
        var out = ""
        out.reserveCapacity(value.utf8.count)
        for character in value {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\r": out += "&#13;"
            default: out.append(character)
            }
        }
        return out
    }
}
