import Logging

/// Installs the stderr log handler once per process at the level `-v` asked for. swift-log allows one
/// bootstrap per process, hence the guard.
enum LoggingSetup {
    nonisolated(unsafe) private static var done = false

    static func configure(verbosity: Int) {
        guard !done else { return }
        done = true
        let level = StderrLogHandler.level(forVerbosity: verbosity)
        LoggingSystem.bootstrap { label in StderrLogHandler(logLevel: level, label: label) }
    }
}
