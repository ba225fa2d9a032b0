import Dispatch
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// `CommandRunner` over Foundation.Process and `/bin/sh -c`, as the SDKs run `credential_process`. The
/// blocking wait and the pipe readers run on their own threads: neither the Swift concurrency pool nor the
/// width-limited dispatch pool (on Linux they compete for the same few cores) may be held up by a slow helper.
/// Standard input is /dev/null and both output streams go to pipes, drained concurrently so a chatty helper
/// cannot fill a pipe and hang.
package struct ShellCommandRunner: CommandRunner {
    package init() {}

    package func run(_ command: String, timeoutSeconds: Double) async throws -> CommandResult {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(with: Result { try Self.runBlocking(command, timeoutSeconds: timeoutSeconds) })
            }
        }
    }

    /// The blocking body of `run`, internal so tests can time it without the async hop back, which on a
    /// loaded machine can add tens of seconds that are not the runner's.
    static func runBlocking(_ command: String, timeoutSeconds: Double) throws -> CommandResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        try process.run()

        let collected = CollectedOutput()
        let readers = DispatchGroup()
        let outputHandle = output.fileHandleForReading
        let errorHandle = errors.fileHandleForReading
        readers.enter()
        readers.enter()
        Thread.detachNewThread {
            collected.setOutput(outputHandle.readDataToEndOfFile())
            readers.leave()
        }
        Thread.detachNewThread {
            collected.setError(errorHandle.readDataToEndOfFile())
            readers.leave()
        }

        var timedOut = false
        if exited.wait(timeout: .now() + timeoutSeconds) == .timedOut {
            timedOut = true
            // The shell may have started children of its own (`sh -c 'helper'` forks rather than execs
            // under dash); stopping only the shell would leave them running, orphaned, holding the pipes.
            // So the whole process group goes: TERM, then KILL for whatever ignores or blocks TERM.
            signalGroup(of: process, SIGTERM)
            _ = exited.wait(timeout: .now() + 0.5)
            signalGroup(of: process, SIGKILL)
            // Foundation reports the exit from a dispatch source, which on a loaded machine can lag far
            // behind the kill; the group is dead, so the call returns now instead of waiting for the report.
            _ = exited.wait(timeout: .now() + 1)
        }
        // A grandchild that inherited the pipes could keep them open; do not wait for it forever.
        _ = readers.wait(timeout: .now() + (timedOut ? 1 : 10))
        let (stdout, stderr) = collected.snapshot()
        return CommandResult(
            exitStatus: timedOut ? -Int32(SIGKILL) : process.terminationStatus, standardOutput: stdout,
            standardError: stderr, timedOut: timedOut)
    }

    /// Sends `signal` to the child's whole process group. Foundation's Process starts each child as the
    /// leader of a group of its own (setpgid, pgid = pid); if it ever did not, only the child is signalled,
    /// never the group lakectl itself belongs to, and nothing once the child has been reaped (its pid may
    /// then belong to another process).
    private static func signalGroup(of process: Process, _ signal: Int32) {
        let pid = process.processIdentifier
        let group = getpgid(pid)
        if group == pid && group != getpgrp() {
            kill(-group, signal)
        } else if group != -1 && process.isRunning {
            kill(pid, signal)
        }
    }
}

/// Output gathered by the two reader threads. `@unchecked Sendable` is safe because every access to the two
/// buffers holds `lock`.
private final class CollectedOutput: @unchecked Sendable {
    private let lock = NSLock()
    private var output: [UInt8] = []
    private var error: [UInt8] = []

    func setOutput(_ data: Data) {
        lock.lock()
        defer { lock.unlock() }
        output = [UInt8](data)
    }

    func setError(_ data: Data) {
        lock.lock()
        defer { lock.unlock() }
        error = [UInt8](data)
    }

    func snapshot() -> ([UInt8], [UInt8]) {
        lock.lock()
        defer { lock.unlock() }
        return (output, error)
    }
}
