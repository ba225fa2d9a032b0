import Foundation

/// Runs the built `lakectl` executable as a user would, capturing its exit status and both streams.
/// The binary sits next to the test bundle in the build folder (`swift build --build-tests` builds it).
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
        _ arguments: [String], environment: [String: String], stdin: String? = nil, timeout: TimeInterval = 60
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
        // Read both pipes to the end before waiting, so a chatty child cannot block on a full pipe.
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data(), errData = Data()
        group.enter()
        DispatchQueue.global().async { outData = out.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        group.enter()
        DispatchQueue.global().async { errData = err.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        if group.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
        }
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }
}
