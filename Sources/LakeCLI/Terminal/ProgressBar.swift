import Foundation

/// A one-line progress display for long waits (exports, crawls, queries). It redraws in place with `\r`
/// on a terminal and is silent otherwise — when stderr is not a TTY, with `--no-progress`, or in CI —
/// so logs and pipes never fill with bars. Final outcomes are printed by the command, not here.
struct ProgressBar {
    let enabled: Bool
    private let width = 30
    private let started = Date()
    private var lastLength = 0

    init(global: GlobalOptions, environment: [String: String] = ProcessInfo.processInfo.environment) {
        enabled = !global.noProgress && StandardStreams.isTerminal(STDERR_FILENO) && environment["CI"] == nil
    }

    /// `percent` nil draws an indeterminate bar (a state and the elapsed time only).
    mutating func update(percent: Int?, label: String) {
        guard enabled else { return }
        let elapsed = Int(Date().timeIntervalSince(started))
        let clock = String(format: "%d:%02d", elapsed / 60, elapsed % 60)
        var line: String
        if let percent {
            let clamped = max(0, min(100, percent))
            let filled = clamped * width / 100
            line = "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "] "
            line += String(format: "%3d%% ", clamped)
        } else {
            line = ""
        }
        line += "\(label)  \(clock)"
        let pad = max(0, lastLength - line.count)
        lastLength = line.count
        StandardStreams.errRaw("\r" + line + String(repeating: " ", count: pad))
    }

    /// Clears the bar so the next line starts clean.
    mutating func finish() {
        guard enabled, lastLength > 0 else { return }
        StandardStreams.errRaw("\r" + String(repeating: " ", count: lastLength) + "\r")
        lastLength = 0
    }
}
