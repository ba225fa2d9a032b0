import Foundation
import Testing

@testable import AWSCore

/// `credential_process` helpers that outlive their timeout are stopped with everything they started, and
/// the call returns at the timeout rather than when the helper would have finished. Timed on the blocking
/// body: under the full suite, resuming an awaiting test can lag by tens of seconds on its own.
@Suite(.serialized) struct ShellCommandRunnerTests {
    /// True while `pid` names a live process (a zombie waiting for its parent's reap counts as gone).
    static func isRunning(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return false }
        let state = stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).prefix(1)
        return state != "Z" && state != "X"
    }

    static func waitUntilGone(_ pid: Int32) async throws -> Bool {
        for _ in 0..<40 {
            if !isRunning(pid) { return true }
            try await Task.sleep(nanoseconds: 50_000_000)
        }
        return false
    }

    /// Runs the blocking body on a thread of its own (never blocking the test pool) and times it there.
    static func timedRun(_ command: String, timeoutSeconds: Double) async throws -> (CommandResult, Double) {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                let started = Date()
                continuation.resume(
                    with: Result {
                        let result = try ShellCommandRunner.runBlocking(command, timeoutSeconds: timeoutSeconds)
                        return (result, Date().timeIntervalSince(started))
                    })
            }
        }
    }

    private func pidFile() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("lakectl-helper-\(UUID().uuidString)").path
    }

    @Test func anExecedHelperIsKilledAtTheTimeout() async throws {
        let file = pidFile()
        defer { try? FileManager.default.removeItem(atPath: file) }
        let (result, elapsed) = try await Self.timedRun("echo $$ > '\(file)'; exec sleep 300", timeoutSeconds: 0.5)
        #expect(result.timedOut)
        #expect(elapsed < 10, "returned after \(elapsed) s")
        let pid = try #require(
            Int32(try String(contentsOfFile: file, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(try await Self.waitUntilGone(pid), "helper \(pid) still running")
    }

    @Test func childrenTheHelperStartedAreKilledWithIt() async throws {
        let file = pidFile()
        defer { try? FileManager.default.removeItem(atPath: file) }
        let (result, elapsed) = try await Self.timedRun("sleep 300 & echo $! > '\(file)'; wait", timeoutSeconds: 0.5)
        #expect(result.timedOut)
        #expect(elapsed < 10, "returned after \(elapsed) s")
        let pid = try #require(
            Int32(try String(contentsOfFile: file, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
        let gone = try await Self.waitUntilGone(pid)
        if !gone { kill(pid, SIGKILL) }
        #expect(gone, "the helper's child \(pid) outlived it")
    }

    @Test func exitStatusOutputAndEnvironmentComeBack() async throws {
        setenv("LAKECTL_RUNNER_PROBE", "probe-value", 1)
        defer { unsetenv("LAKECTL_RUNNER_PROBE") }
        let (result, _) = try await Self.timedRun(
            "printf %s \"$LAKECTL_RUNNER_PROBE\"; printf oops >&2; read line; exit 7", timeoutSeconds: 10)
        #expect(!result.timedOut)
        #expect(result.exitStatus == 7)
        #expect(String(decoding: result.standardOutput, as: UTF8.self) == "probe-value")
        #expect(String(decoding: result.standardError, as: UTF8.self) == "oops")
    }

    @Test func aHelperEndedByASignalReportsIt() async throws {
        let (result, _) = try await Self.timedRun("kill -TERM $$", timeoutSeconds: 10)
        #expect(!result.timedOut)
        #expect(result.exitStatus == -SIGTERM)
    }
}
