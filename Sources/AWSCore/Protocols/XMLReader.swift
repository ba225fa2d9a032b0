/// A small, strict-enough XML reader for AWS replies: builds an `XElement` tree from bytes.
///
/// It understands elements, attributes, text, the five predefined entities and numeric character
/// references, CDATA, and skips the prolog, processing instructions, comments and a DOCTYPE. It never
/// expands custom entities (so no entity-expansion attacks), limits nesting depth, checks every index,
/// and reports the byte offset of the first problem instead of trapping.
package struct XMLReader {
    package static let defaultMaxDepth = 64

    private let bytes: [UInt8]
    private let maxDepth: Int
    private var index = 0

    private init(bytes: [UInt8], maxDepth: Int) {
        self.bytes = bytes
        self.maxDepth = maxDepth
    }

    /// Parses a whole document and returns its root element.
    package static func parse(_ bytes: [UInt8], maxDepth: Int = defaultMaxDepth) throws(XMLReaderError) -> XElement {
        var reader = XMLReader(bytes: bytes, maxDepth: maxDepth)
        return try reader.document()
    }

    package static func parse(_ text: String, maxDepth: Int = defaultMaxDepth) throws(XMLReaderError) -> XElement {
        try parse(Array(text.utf8), maxDepth: maxDepth)
    }

    // MARK: - Document structure

    private mutating func document() throws(XMLReaderError) -> XElement {
        // Skip a UTF-8 byte order mark.
        if hasPrefix([0xEF, 0xBB, 0xBF]) { index += 3 }
        var stack: [XElement] = []
        var root: XElement?
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "<") {
                if hasPrefix("<?") {
                    try skip(past: "?>", what: "processing instruction")
                } else if hasPrefix("<!--") {
                    try skip(past: "-->", what: "comment")
                } else if hasPrefix("<![CDATA[") {
                    guard !stack.isEmpty else { throw fail("CDATA outside the root element") }
                    let start = index + 9
                    guard let end = find("]]>", from: start) else { throw fail("unterminated CDATA section") }
                    stack[stack.count - 1].text += String(decoding: bytes[start..<end], as: UTF8.self)
                    index = end + 3
                } else if hasPrefix("<!") {
                    guard stack.isEmpty, root == nil else { throw fail("declaration inside an element") }
                    try skipDeclaration()
                } else if hasPrefix("</") {
                    let closeAt = index
                    index += 2
                    let name = try readName()
                    skipWhitespace()
                    guard index < bytes.count, bytes[index] == UInt8(ascii: ">") else {
                        throw fail("expected '>' after </\(name)")
                    }
                    index += 1
                    guard let open = stack.popLast() else {
                        throw XMLReaderError(offset: closeAt, reason: "closing tag </\(name)> without an open element")
                    }
                    guard open.name == name else {
                        throw XMLReaderError(
                            offset: closeAt, reason: "closing tag </\(name)> does not match <\(open.name)>")
                    }
                    if stack.isEmpty { root = open } else { stack[stack.count - 1].children.append(open) }
                } else {
                    guard root == nil else { throw fail("content after the root element") }
                    guard stack.count < maxDepth else { throw fail("elements nested deeper than \(maxDepth)") }
                    let (element, selfClosing) = try readStartTag()
                    if selfClosing {
                        if stack.isEmpty { root = element } else { stack[stack.count - 1].children.append(element) }
                    } else {
                        stack.append(element)
                    }
                }
            } else {
                let start = index
                let text = try readText()
                if stack.isEmpty {
                    guard text.allSatisfy(\.isWhitespace) else {
                        throw XMLReaderError(offset: start, reason: "text outside the root element")
                    }
                } else {
                    stack[stack.count - 1].text += text
                }
            }
        }
        if let open = stack.last { throw fail("document ends inside <\(open.name)>") }
        guard let root else { throw fail("no root element") }
        return root
    }

    private mutating func readStartTag() throws(XMLReaderError) -> (XElement, Bool) {
        index += 1  // "<"
        let name = try readName()
        var attributes: [String: String] = [:]
        while true {
            skipWhitespace()
            guard index < bytes.count else { throw fail("document ends inside the tag <\(name)") }
            let byte = bytes[index]
            if byte == UInt8(ascii: ">") {
                index += 1
                return (XElement(name: name, attributes: attributes), false)
            }
            if byte == UInt8(ascii: "/") {
                guard index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: ">") else {
                    throw fail("expected '/>'")
                }
                index += 2
                return (XElement(name: name, attributes: attributes), true)
            }
            let attributeName = try readName()
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else {
                throw fail("expected '=' after attribute \(attributeName)")
            }
            index += 1
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") else {
                throw fail("expected a quoted value for attribute \(attributeName)")
            }
            let quote = bytes[index]
            index += 1
            let start = index
            while index < bytes.count, bytes[index] != quote {
                guard bytes[index] != UInt8(ascii: "<") else { throw fail("'<' in an attribute value") }
                index += 1
            }
            guard index < bytes.count else {
                throw XMLReaderError(offset: start, reason: "unterminated attribute value")
            }
            attributes[attributeName] = try decodeEntities(start..<index)
            index += 1
        }
    }

    // MARK: - Pieces

    private mutating func readName() throws(XMLReaderError) -> String {
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "=")
                || byte == UInt8(ascii: "<") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
                || isWhitespace(byte)
            {
                break
            }
            index += 1
        }
        guard index > start else { throw fail("expected a name") }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private mutating func readText() throws(XMLReaderError) -> String {
        let start = index
        while index < bytes.count, bytes[index] != UInt8(ascii: "<") { index += 1 }
        return try decodeEntities(start..<index)
    }

    /// Decodes `&amp; &lt; &gt; &quot; &apos; &#NN; &#xHH;` in a range; any other `&` is an error.
    private func decodeEntities(_ range: Range<Int>) throws(XMLReaderError) -> String {
        guard bytes[range].contains(UInt8(ascii: "&")) else { return String(decoding: bytes[range], as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        var i = range.lowerBound
        while i < range.upperBound {
            let byte = bytes[i]
            guard byte == UInt8(ascii: "&") else {
                out.append(byte)
                i += 1
                continue
            }
            var end = i + 1
            while end < range.upperBound, end - i <= 12, bytes[end] != UInt8(ascii: ";") { end += 1 }
            guard end < range.upperBound, bytes[end] == UInt8(ascii: ";") else {
                throw XMLReaderError(offset: i, reason: "unterminated entity reference")
            }
            let entity = String(decoding: bytes[(i + 1)..<end], as: UTF8.self)
            guard let scalar = XMLReader.scalar(forEntity: entity) else {
                throw XMLReaderError(offset: i, reason: "unknown or invalid entity &\(entity);")
            }
            out.append(contentsOf: Array(String(Character(scalar)).utf8))
            i = end + 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func scalar(forEntity entity: String) -> Unicode.Scalar? {
        switch entity {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        default: break
        }
        guard entity.hasPrefix("#") else { return nil }
        let digits = entity.dropFirst()
        let value: UInt32?
        if digits.hasPrefix("x") || digits.hasPrefix("X") {
            value = UInt32(digits.dropFirst(), radix: 16)
        } else {
            value = UInt32(digits, radix: 10)
        }
        guard let value, value != 0 else { return nil }
        return Unicode.Scalar(value)
    }

    private mutating func skip(past terminator: String, what: String) throws(XMLReaderError) {
        guard let end = find(terminator, from: index) else { throw fail("unterminated \(what)") }
        index = end + terminator.utf8.count
    }

    /// Skips `<!DOCTYPE …>` including an internal subset in brackets. Entities declared there are not
    /// expanded; a reference to one later is reported as unknown.
    private mutating func skipDeclaration() throws(XMLReaderError) {
        let start = index
        var bracketDepth = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == UInt8(ascii: "[") { bracketDepth += 1 }
            if byte == UInt8(ascii: "]") { bracketDepth = max(0, bracketDepth - 1) }
            if byte == UInt8(ascii: ">") && bracketDepth == 0 { return }
        }
        throw XMLReaderError(offset: start, reason: "unterminated declaration")
    }

    private mutating func skipWhitespace() {
        while index < bytes.count, isWhitespace(bytes[index]) { index += 1 }
    }

    private func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private func hasPrefix(_ text: String) -> Bool { hasPrefix(Array(text.utf8)) }

    private func hasPrefix(_ prefix: [UInt8]) -> Bool {
        guard bytes.count - index >= prefix.count else { return false }
        return bytes[index..<(index + prefix.count)].elementsEqual(prefix)
    }

    private func find(_ text: String, from start: Int) -> Int? {
        let needle = Array(text.utf8)
        guard let first = needle.first, start <= bytes.count else { return nil }
        var i = start
        while i + needle.count <= bytes.count {
            if bytes[i] == first && bytes[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    private func fail(_ reason: String) -> XMLReaderError {
        XMLReaderError(offset: index, reason: reason)
    }
}
