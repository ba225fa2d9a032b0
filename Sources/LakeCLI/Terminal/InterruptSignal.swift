import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Turns Ctrl-C into Swift task cancellation for the duration of a long wait, so the code that waits can
/// decide what "stop" means (cancel the Athena query, or leave an export running and say how to resume).
/// A second Ctrl-C exits at once with 130, as users expect when the first seems to hang.
///
/// Why not a `DispatchSource` signal source: on Linux it installs its handler asynchronously on the
/// dispatch manager thread, so a SIGINT arriving after `signal(SIGINT, SIG_IGN)` but before that
/// registration was silently dropped (the command then read on as if nothing happened), and its event
/// handler needed a free `.global()` worker. Here the handler is installed synchronously, only writes one
/// byte to a pipe (async-signal-safe), and a dedicated thread — never a pool thread — reads that pipe
/// and cancels the task. That thread unblocks SIGINT for itself, so the kernel always has a thread to
/// deliver the signal to even when every dispatch worker blocks it.
enum InterruptSignal {
    /// Runs `body` in a child task; SIGINT cancels it. Restores default SIGINT handling afterwards.
    static func cancellingOnInterrupt<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) async throws -> T {
        let task = Task { try await body() }
        let listener = InterruptListener.shared
        listener.arm { task.cancel() }
        defer { listener.disarm() }
        return try await task.value
    }
}

/// The process-wide half of `InterruptSignal`: one self-pipe, one listening thread, and the action of
/// the wait currently armed (nil between waits; a byte that arrives then is ignored).
///
/// `@unchecked Sendable`: `action` and `count` are only touched under `lock`; the pipe's descriptors are
/// set once in `init` and never change.
private final class InterruptListener: @unchecked Sendable {
    static let shared = InterruptListener()

    private let lock = NSLock()
    private var action: (@Sendable () -> Void)?
    private var count = 0
    let readEnd: Int32
    let writeEnd: Int32

    private init() {
        var fds: [Int32] = [-1, -1]
        if pipe(&fds) != 0 { fds = [-1, -1] }
        readEnd = fds[0]
        writeEnd = fds[1]
        // Not inherited by child processes (a credential_process, for one).
        for fd in fds where fd >= 0 { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        interruptPipeWriteEnd = writeEnd
        let thread = Thread { [self] in listen() }
        thread.name = "lakectl-sigint"
        thread.start()
    }

    /// Installs the handler (synchronously: a signal from now on is never lost) and what it should do.
    func arm(_ action: @escaping @Sendable () -> Void) {
        lock.withLock {
            self.action = action
            count = 0
        }
        signal(SIGINT, interruptHandler)
    }

    func disarm() {
        signal(SIGINT, SIG_DFL)
        lock.withLock { action = nil }
    }

    /// The first byte runs the armed action; a second one while still armed exits with 130.
    private func fired() {
        let run: (@Sendable () -> Void)? = lock.withLock {
            guard let armed = action else { return nil }
            count += 1
            return count == 1 ? armed : { exit(130) }
        }
        run?()
    }

    private func listen() {
        var unblock = sigset_t()
        sigemptyset(&unblock)
        sigaddset(&unblock, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
        var byte: UInt8 = 0
        while true {
            let n = read(readEnd, &byte, 1)
            if n == 1 {
                fired()
            } else if n < 0 && errno == EINTR {
                continue
            } else {
                return
            }
        }
    }
}

/// The pipe the signal handler writes to; set once before the handler is first installed.
nonisolated(unsafe) private var interruptPipeWriteEnd: Int32 = -1

/// The SIGINT handler: one `write(2)` (async-signal-safe), errno preserved for the interrupted code.
private func interruptHandler(_ signal: Int32) {
    let saved = errno
    var byte: UInt8 = 1
    _ = write(interruptPipeWriteEnd, &byte, 1)
    errno = saved
}
