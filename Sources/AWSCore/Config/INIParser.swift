/// Parses the shared config file dialect. The rules follow the SDKs' common profile-file parser (the one the
/// Rust and Java SDKs share, which matches what the AWS CLI accepts in practice):
/// - `#` and `;` start a comment on a line of their own; after a `]` header; and after a property's value
///   only when preceded by whitespace (so `secret = ab#cd` keeps its `#`).
/// - A line starting with whitespace continues the previous property. When that property's value was empty it
///   holds a sub-property (`  endpoint_url = …`, comments stripped), which must contain `=`; otherwise it is
///   appended to the value after a newline, verbatim apart from surrounding whitespace.
/// - Keys are lower-cased; section names and values keep their case. A key repeated within one section
///   is an error naming the file and line (as the AWS CLI does); a repeated section merges into the first.
/// Errors name `file:line`, never the line's content (it may be a secret key).
package enum INIParser {
    package static func parse(_ text: String, path: String) throws -> INIFile {
        var sections: [INISection] = []
        var current: INISection?
        // Index of the property a continuation line would extend, and whether it takes sub-properties.
        var continuable: (index: Int, takesSubProperties: Bool)?

        func finishSection() {
            if let section = current { sections.append(section) }
            current = nil
            continuable = nil
        }

        var lineNumber = 0
        // `isNewline` also splits "\r\n", which Swift treats as one Character.
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            lineNumber += 1
            let location = ConfigLocation(path: path, line: lineNumber)
            let trimmed = line.trimmingWhitespace()
            if trimmed.isEmpty || trimmed.first == "#" || trimmed.first == ";" { continue }

            if let first = line.first, first == " " || first == "\t", let target = continuable, current != nil {
                try continueProperty(at: target, with: trimmed, in: &current, location: location)
                continue
            }

            if trimmed.first == "[" {
                finishSection()
                current = INISection(name: try sectionName(trimmed, location: location), location: location)
                continue
            }

            guard current != nil else {
                throw ConfigError.syntax(location, reason: "a setting appears before any [section] header")
            }
            guard let equals = trimmed.firstIndex(of: "=") else {
                throw ConfigError.syntax(location, reason: "expected `key = value` or a [section] header")
            }
            let key = trimmed[..<equals].trimmingWhitespace().lowercased()
            guard !key.isEmpty else {
                throw ConfigError.syntax(location, reason: "a setting has no name before `=`")
            }
            // A key set twice in one section is a mistake the AWS CLI refuses (configparser's
            // DuplicateOptionError); taking the last one silently would hide which value is meant.
            if let first = current?.properties.first(where: { $0.key == key }) {
                throw ConfigError.syntax(
                    location,
                    reason: "`\(key)` is set again in [\(current?.name ?? "")] (first on line \(first.location.line)); "
                        + "keep one of the two")
            }
            let value = stripComment(trimmed[trimmed.index(after: equals)...].trimmingWhitespace())
            current?.properties.append(INIProperty(key: key, value: String(value), location: location))
            let index = (current?.properties.count ?? 1) - 1
            continuable = (index, value.isEmpty)
        }
        finishSection()
        return INIFile(path: path, sections: sections)
    }

    /// Applies an indented line to the property it follows.
    private static func continueProperty(
        at target: (index: Int, takesSubProperties: Bool), with text: Substring, in section: inout INISection?,
        location: ConfigLocation
    ) throws {
        if target.takesSubProperties {
            let text = stripComment(text)
            guard !text.isEmpty else { return }
            guard let equals = text.firstIndex(of: "=") else {
                throw ConfigError.syntax(
                    location, reason: "an indented line under an empty setting must be `key = value`")
            }
            let key = text[..<equals].trimmingWhitespace().lowercased()
            guard !key.isEmpty else {
                throw ConfigError.syntax(location, reason: "a nested setting has no name before `=`")
            }
            let value = text[text.index(after: equals)...].trimmingWhitespace()
            section?.properties[target.index].subProperties[key] = String(value)
        } else {
            section?.properties[target.index].value += "\n" + text
        }
    }

    /// The trimmed text between `[` and `]`; anything after `]` must be a comment.
    private static func sectionName(_ line: Substring, location: ConfigLocation) throws -> String {
        guard let close = line.firstIndex(of: "]") else {
            throw ConfigError.syntax(location, reason: "a section header is missing its closing `]`")
        }
        let rest = line[line.index(after: close)...].trimmingWhitespace()
        if let first = rest.first, first != "#", first != ";" {
            throw ConfigError.syntax(location, reason: "unexpected text after a section header's `]`")
        }
        let name = line[line.index(after: line.startIndex)..<close].trimmingWhitespace()
        guard !name.isEmpty else {
            throw ConfigError.syntax(location, reason: "a section header has an empty name")
        }
        return String(name)
    }

    /// Removes a trailing comment that starts with whitespace followed by `#` or `;`.
    private static func stripComment(_ value: Substring) -> Substring {
        var previousWasSpace = false
        for index in value.indices {
            let character = value[index]
            if previousWasSpace, character == "#" || character == ";" {
                return value[..<index].trimmingWhitespace()
            }
            previousWasSpace = character == " " || character == "\t"
        }
        return value
    }
}

extension Substring {
    /// Spaces and tabs removed from both ends (no Foundation needed).
    fileprivate func trimmingWhitespace() -> Substring {
        var result = self
        while let first = result.first, first == " " || first == "\t" { result = result.dropFirst() }
        while let last = result.last, last == " " || last == "\t" { result = result.dropLast() }
        return result
    }
}
