/// Where a setting was written: a file and a 1-based line. Carried by every parsed value so that errors and
/// `lakectl whoami`-style reports can point the user at the exact line to fix.
package struct ConfigLocation: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// The path as shown to people (the home directory abbreviated to `~`).
    package var path: String
    package var line: Int

    package init(path: String, line: Int) {
        self.path = path
        self.line = line
    }

    package var description: String { "\(path):\(line)" }
}
