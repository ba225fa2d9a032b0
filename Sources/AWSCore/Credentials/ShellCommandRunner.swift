import Dispatch
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// `CommandRunner` over `/bin/sh -c` (`SpawnedShell`), as the SDKs run `credential_process`. The
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
        let shell = try SpawnedShell(command)
        let collected = CollectedOutput()
        let readers = DispatchGroup()
        for (descriptor, isOutput) in [(shell.outputDescriptor, true), (shell.errorDescriptor, false)] {
            readers.enter()
            Thread.detachNewThread {
                let bytes = Self.readToEnd(descriptor)
                close(descriptor)
                if isOutput { collected.setOutput(bytes) } else { collected.setError(bytes) }
                readers.leave()
            }
        }

        var status = shell.wait(seconds: timeoutSeconds)
        let timedOut = status == nil
        if timedOut {
            // The shell may have started children of its own (`sh -c 'helper'` forks rather than execs
            // under dash); stopping only the shell would leave them running, orphaned, holding the pipes.
            // So the whole process group goes: TERM, then KILL for whatever ignores or blocks TERM.
            shell.signalGroup(SIGTERM)
            status = shell.wait(seconds: 0.5)
            if status == nil {
                shell.signalGroup(SIGKILL)
                status = shell.wait(seconds: 5)
            }
        }
        // A grandchild that inherited the pipes could keep them open; do not wait for it forever.
        _ = readers.wait(timeout: .now() + (timedOut ? 1 : 10))
        let (stdout, stderr) = collected.snapshot()
        return CommandResult(
            exitStatus: timedOut ? -Int32(SIGKILL) : status ?? -Int32(SIGKILL), standardOutput: stdout,
            standardError: stderr, timedOut: timedOut)
    }

    /// Everything `descriptor` yields until end of file (or a read error).
    private static func readToEnd(_ descriptor: Int32) -> [UInt8] {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if n > 0 {
                bytes.append(contentsOf: buffer[0..<n])
            } else if n == 0 || errno != EINTR {
                return bytes
            }
        }
    }
}

/// Output gathered by the two reader threads. `@unchecked Sendable` is safe because every access to the two
/// buffers holds `lock`.
private final class CollectedOutput: @unchecked Sendable {
    private let lock = NSLock()
    private var output: [UInt8] = []
    private var error: [UInt8] = []

    func setOutput(_ bytes: [UInt8]) {
        lock.lock()
        defer { lock.unlock() }
        output = bytes
    }

    func setError(_ bytes: [UInt8]) {
        lock.lock()
        defer { lock.unlock() }
        error = bytes
    }

    func snapshot() -> ([UInt8], [UInt8]) {
        lock.lock()
        defer { lock.unlock() }
        return (output, error)
    }
}
