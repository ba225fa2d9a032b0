import Foundation

/// An emulator of its own (moto behind the gap layer, signature checking on, as `scripts/emulator/start.sh`
/// makes the shared one), for the few tests whose resources have fixed names — the LAKEFILE.md example names its
/// bucket, key alias, databases, LF-tag and roles — and so must start from an empty account without touching the
/// tests that share `Emulator.current()`. The test that starts it stops it.
package final class PrivateEmulator: Sendable {
    package let emulator: Emulator
    private let directory: URL

    private init(emulator: Emulator, directory: URL) {
        self.emulator = emulator
        self.directory = directory
    }

    /// Runs `scripts/emulator/start.sh` with its own state directory and waits (polling, as `FaultProxy` does)
    /// until it has written the allowed key, which it does last, once signature checking is on.
    package static func start() async throws -> PrivateEmulator {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "lakectl-private-emulator-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let process = Process()
        process.executableURL = Fixtures.repositoryRoot.appendingPathComponent("scripts/emulator/start.sh")
        var environment = ProcessInfo.processInfo.environment
        environment["LAKECTL_EMULATOR_DIR"] = directory.path
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        for _ in 0..<600 {
            if let emulator = try? Emulator.load(directory: directory) {
                return PrivateEmulator(emulator: emulator, directory: directory)
            }
            try await Task.sleep(nanoseconds: 50_000_000)
        }
        let log = (try? String(contentsOf: directory.appendingPathComponent("emulator.log"), encoding: .utf8)) ?? ""
        throw Emulator.Failure.notRunning("\(directory.path) (not ready after 30 s): \(log.suffix(2000))")
    }

    /// Stops the server by the pid start.sh recorded, and removes its state.
    package func stop() {
        if let text = try? String(contentsOf: directory.appendingPathComponent("pid"), encoding: .utf8),
            let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
        {
            // As stop.sh does: SIGTERM, then SIGKILL if the server (threads serving requests) outlives it.
            kill(pid, SIGTERM)
            for _ in 0..<40 where kill(pid, 0) == 0 { usleep(50_000) }
            if kill(pid, 0) == 0 { kill(pid, SIGKILL) }
        }
        try? FileManager.default.removeItem(at: directory)
    }
}
