import Foundation

/// How a long wait (export, crawl, query) shows itself on stderr. On a terminal a one-line bar redraws in
/// place with `\r`. Elsewhere — a pipe, a CI log — redraws would be noise, but silence for minutes looks like
/// a hang (issue 9, item 7), so a plain status line is written when the state changes and at least every
/// `heartbeatSeconds` while it does not. `--no-progress` turns both off. Final outcomes are printed by the
/// command, not here.
struct ProgressBar {
    enum Mode: Equatable {
        case bar
        case lines
        case off
    }

    let mode: Mode
    var enabled: Bool { mode == .bar }
    private let width = 30
    private let started: Date
    private let now: () -> Date
    private let writeRaw: (String) -> Void
    private let writeLine: (String) -> Void
    private var lastLength = 0
    private var lastState: String?
    private var lastLineAt: Date?
    static let heartbeatSeconds: TimeInterval = 30

    init(global: GlobalOptions, environment: [String: String] = ProcessInfo.processInfo.environment) {
        let mode: Mode
        if global.noProgress {
            mode = .off
        } else if StandardStreams.isTerminal(STDERR_FILENO) && environment["CI"] == nil {
            mode = .bar
        } else {
            mode = .lines
        }
        self.init(mode: mode)
    }

    /// `now` and the writers are injected so tests can drive the clock and read what was written.
    init(
        mode: Mode, now: @escaping () -> Date = Date.init,
        writeRaw: @escaping (String) -> Void = StandardStreams.errRaw,
        writeLine: @escaping (String) -> Void = StandardStreams.err
    ) {
        self.mode = mode
        self.now = now
        self.started = now()
        self.writeRaw = writeRaw
        self.writeLine = writeLine
    }

    /// `percent` nil draws an indeterminate bar (a state and the elapsed time only). `state` is the word whose
    /// change deserves a line in a log ("IN_PROGRESS"); it defaults to the label.
    mutating func update(percent: Int?, label: String, state: String? = nil) {
        let time = now()
        let elapsed = Int(time.timeIntervalSince(started))
        let clock = String(format: "%d:%02d", elapsed / 60, elapsed % 60)
        switch mode {
        case .off:
            return
        case .lines:
            let key = state ?? label
            let due = lastLineAt.map { time.timeIntervalSince($0) >= Self.heartbeatSeconds } ?? true
            guard key != lastState || due else { return }
            lastState = key
            lastLineAt = time
            writeLine("\(percent.map { "\($0)%  " } ?? "")\(label)  (\(clock) elapsed)")
        case .bar:
            var line: String
            if let percent {
                let clamped = max(0, min(100, percent))
                let filled = clamped * width / 100
                line =
                    "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "] "
                line += String(format: "%3d%% ", clamped)
            } else {
                line = ""
            }
            line += "\(label)  \(clock)"
            let pad = max(0, lastLength - line.count)
            lastLength = line.count
            writeRaw("\r" + line + String(repeating: " ", count: pad))
        }
    }

    /// Clears the bar so the next line starts clean.
    mutating func finish() {
        guard mode == .bar, lastLength > 0 else { return }
        writeRaw("\r" + String(repeating: " ", count: lastLength) + "\r")
        lastLength = 0
    }
}
