import Foundation

/// Runs the built `lakectl` executable as a user would, capturing its exit status and both streams.
/// The binary sits next to the test bundle in the build folder (`swift build --build-tests` builds it).
///
/// Waiting for a child process blocks a thread, and Swift Testing runs tests on the cooperative pool,
/// which has only as many threads as cores: blocking it starves every other test (seen as timeouts in
/// unrelated tests on a 2-core machine). So every blocking wait here runs on a thread of its own.
public enum CLIRunner {
    public struct Result: Sendable {
        public let status: Int32
        public let stdout: String
        public let stderr: String
        public var combined: String { stdout + stderr }
    }

    public static var executable: URL {
        let testBinary = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var dir = testBinary.deletingLastPathComponent()
        // The test binary is …/debug/lakectlPackageTests.xctest; on some layouts it is one level deeper.
        for _ in 0..<3 {
            let candidate = dir.appendingPathComponent("lakectl")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir.deleteLastPathComponent()
        }
        return Fixtures.repositoryRoot.appendingPathComponent(".build/debug/lakectl")
    }

    public static func run(
        _ arguments: [String], environment: [String: String], stdin: String? = nil, timeout: TimeInterval = 120
    ) async throws -> Result {
        try await offPool { try runBlocking(arguments, environment: environment, stdin: stdin, timeout: timeout) }
    }

    /// Runs `body` on a new thread and awaits its result without holding a cooperative-pool thread.
    public static func offPool<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            let thread = Thread { continuation.resume(with: Swift.Result { try body() }) }
            thread.start()
        }
    }

    private static func runBlocking(
        _ arguments: [String], environment: [String: String], stdin: String?, timeout: TimeInterval
    ) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try? input.fileHandleForWriting.close()
        // Read both pipes to the end concurrently, so a chatty child cannot block on a full pipe.
        let outData = PipeCollector(out), errData = PipeCollector(err)
        if !outData.wait(timeout) || !errData.wait(timeout) {
            process.terminate()
        }
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: outData.data, as: UTF8.self),
            stderr: String(decoding: errData.data, as: UTF8.self))
    }
}

/// Reads a pipe to its end on a thread of its own.
///
/// `@unchecked Sendable`: `collected` is written once by the reading thread before `done` is signalled
/// and read only after waiting on `done`.
private final class PipeCollector: @unchecked Sendable {
    private var collected = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ pipe: Pipe) {
        let thread = Thread { [self] in
            collected = pipe.fileHandleForReading.readDataToEndOfFile()
            done.signal()
        }
        thread.start()
    }

    func wait(_ timeout: TimeInterval) -> Bool { done.wait(timeout: .now() + timeout) == .success }
    var data: Data { collected }
}
