import Dispatch
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// `/bin/sh -c COMMAND` started with posix_spawn as the leader of a process group of its own, standard
/// input from /dev/null, both output streams into pipes. Its exit is collected by a thread blocked in
/// `waitpid`, not reported through a dispatch source as Foundation.Process does: under load that source
/// lagged the real exit by over a minute, so a helper that had long finished looked like it hung.
struct SpawnedShell {
    let pid: pid_t
    /// The read ends of the child's standard output and standard error, owned by the caller.
    let outputDescriptor: Int32
    let errorDescriptor: Int32
    private let exited = DispatchSemaphore(value: 0)
    private let exit = ExitStatusBox()

    /// The system call that could not start the shell, and its errno.
    enum SpawnError: Error, CustomStringConvertible {
        case failed(call: String, errno: Int32)

        var description: String {
            switch self {
            case .failed(let call, let code): return "\(call) failed: \(String(cString: strerror(code)))"
            }
        }
    }

    init(_ command: String) throws {
        var output: [Int32] = [-1, -1]
        var errors: [Int32] = [-1, -1]
        guard pipe(&output) == 0 else { throw SpawnError.failed(call: "pipe", errno: errno) }
        guard pipe(&errors) == 0 else {
            let code = errno
            close(output[0])
            close(output[1])
            throw SpawnError.failed(call: "pipe", errno: code)
        }
        // Not inherited by anything else lakectl starts (dup2 in the child clears the flag on 1 and 2).
        for descriptor in output + errors { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        defer {
            // The write ends belong to the child alone; the parent keeping one open would never see EOF.
            close(output[1])
            close(errors[1])
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, output[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errors[1], 2)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // A group of its own, so a timeout can stop the helper and everything it started; default signal
        // handling and an empty mask, whatever lakectl set up for Ctrl-C.
        var defaults = sigset_t()
        sigfillset(&defaults)
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(
            &attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        let arguments = ["/bin/sh", "-c", command].map { (text: String) in strdup(text) }
        defer { arguments.forEach { free($0) } }
        var argv: [UnsafeMutablePointer<CChar>?] = arguments + [nil]
        var child: pid_t = 0
        let status = posix_spawn(&child, "/bin/sh", &actions, &attributes, &argv, environ)
        guard status == 0 else {
            close(output[0])
            close(errors[0])
            throw SpawnError.failed(call: "posix_spawn", errno: status)
        }
        pid = child
        outputDescriptor = output[0]
        errorDescriptor = errors[0]
        let exited = self.exited
        let exit = self.exit
        let spawned = child
        Thread.detachNewThread {
            var raw: Int32 = 0
            while waitpid(spawned, &raw, 0) == -1, errno == EINTR {}
            exit.set(Self.status(raw))
            exited.signal()
        }
    }

    /// Waits up to `seconds` for the exit; its status (the exit code, or minus the signal that ended it),
    /// nil when it is still running.
    func wait(seconds: Double) -> Int32? {
        guard exited.wait(timeout: .now() + seconds) == .success else { return nil }
        exited.signal()
        return exit.get()
    }

    /// Sends `signal` to the child's process group (the child leads it). Only while it has not been reaped:
    /// afterwards the group id may belong to someone else.
    func signalGroup(_ signal: Int32) {
        guard wait(seconds: 0) == nil else { return }
        kill(-pid, signal)
    }

    private static func status(_ raw: Int32) -> Int32 {
        let signal = raw & 0x7f
        if signal == 0 { return (raw >> 8) & 0xff }
        return -signal
    }
}

/// The exit status the waiting thread writes once. `@unchecked Sendable` because every access holds `lock`.
private final class ExitStatusBox: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Int32 = 0

    func set(_ status: Int32) {
        lock.lock()
        defer { lock.unlock() }
        value = status
    }

    func get() -> Int32 {
        lock.lock()
        defer { lock.unlock() }
        return value
    }
}
