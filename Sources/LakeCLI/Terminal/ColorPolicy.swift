import Foundation

/// Whether to colour what goes to a stream: only on a terminal, never with `--no-color`, a non-empty
/// `NO_COLOR` (no-color.org) or `TERM=dumb`. Colour only ever marks words that are also there as text
/// (created / updated / unchanged), so nothing is lost without it.
struct ColorPolicy: Sendable, Equatable {
    let enabled: Bool

    init(enabled: Bool) {
        self.enabled = enabled
    }

    init(
        global: GlobalOptions, fd: Int32 = STDERR_FILENO,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) {
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty || environment["TERM"] == "dumb"
        enabled = !global.noColor && !noColor && StandardStreams.isTerminal(fd)
    }

    enum Tint: String {
        case green = "32"
        case yellow = "33"
        case red = "31"
        case dim = "2"
    }

    func paint(_ text: String, _ tint: Tint) -> String {
        enabled ? "\u{1B}[\(tint.rawValue)m\(text)\u{1B}[0m" : text
    }
}
