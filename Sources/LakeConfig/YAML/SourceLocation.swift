/// Where a node of the lake file starts: the file as the user named it and a 1-based line and column
/// (columns count Unicode scalars, as libyaml does), so every message points at the text to fix.
package struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    package var file: String
    package var line: Int
    package var column: Int

    package init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    package var description: String { "\(file):\(line):\(column)" }
}
