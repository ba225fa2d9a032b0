import AWSCore
import Foundation

/// `scripts/emulator/fault_proxy.py` as a child process in front of the shared emulator: requests sent
/// to `endpoint` reach the emulator unchanged (SigV4 still verifies) except for a seeded share that the
/// proxy answers with a fault. One proxy can serve many tests: `configure` changes the rate, seed and
/// kinds at run time (rate 0 for setup), `reset` zeroes the counters. The test that starts it stops it.
package final class FaultProxy: @unchecked Sendable {
    // @unchecked Sendable: `process`, `endpoint` and `emulator` are set once in `start`, never mutated.
    package let endpoint: String
    package let emulator: Emulator
    private let process: Process

    private init(endpoint: String, emulator: Emulator, process: Process) {
        self.endpoint = endpoint
        self.emulator = emulator
        self.process = process
    }

    package enum Failure: Error, CustomStringConvertible {
        case notReady(log: String)
        case controlRejected(path: String, status: Int, body: String)

        package var description: String {
            switch self {
            case .notReady(let log):
                return "the fault proxy (scripts/emulator/fault_proxy.py) did not start within 20 s: \(log)"
            case .controlRejected(let path, let status, let body):
                return "fault proxy control \(path) answered \(status): \(body)"
            }
        }
    }

    /// Starts a proxy in front of `upstream` (default `Emulator.current()`) and waits until it listens.
    package static func start(
        rate: Double = 0, seed: Int = 1, kinds: [FaultKind] = FaultKind.allCases, slowSeconds: Double = 3,
        upstream: Emulator? = nil
    ) async throws -> FaultProxy {
        let emulator = try upstream ?? Emulator.current()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
            "lakectl-fault-proxy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let endpointFile = dir.appendingPathComponent("endpoint")
        let logFile = dir.appendingPathComponent("log")
        _ = FileManager.default.createFile(atPath: logFile.path, contents: nil)
        let script = Fixtures.repositoryRoot.appendingPathComponent("scripts/emulator/fault_proxy.py")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", script.path, "--upstream", emulator.endpoint, "--endpoint-file", endpointFile.path,
            "--rate", String(rate), "--seed", String(seed), "--kinds", kinds.map(\.rawValue).joined(separator: ","),
            "--slow-seconds", String(slowSeconds),
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: logFile)
        try process.run()
        for _ in 0..<400 {
            if let text = try? String(contentsOf: endpointFile, encoding: .utf8), text.hasSuffix("\n") {
                return FaultProxy(
                    endpoint: text.trimmingCharacters(in: .whitespacesAndNewlines), emulator: emulator,
                    process: process)
            }
            if !process.isRunning { break }
            try await Task.sleep(nanoseconds: 50_000_000)
        }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        throw Failure.notReady(log: (try? String(contentsOf: logFile, encoding: .utf8)) ?? "")
    }

    /// Changes the schedule for the requests that follow; nil leaves a setting as it is. A new seed
    /// restarts the schedule.
    package func configure(
        rate: Double? = nil, seed: Int? = nil, kinds: [FaultKind]? = nil, slowSeconds: Double? = nil
    ) async throws {
        var fields: [String] = []
        if let rate { fields.append("\"rate\": \(rate)") }
        if let seed { fields.append("\"seed\": \(seed)") }
        if let kinds { fields.append("\"kinds\": [\(kinds.map { "\"\($0.rawValue)\"" }.joined(separator: ", "))]") }
        if let slowSeconds { fields.append("\"slowSeconds\": \(slowSeconds)") }
        _ = try await control("POST", "/__faults/config", body: "{\(fields.joined(separator: ", "))}")
    }

    /// Zeroes the counters and restarts the schedule from the current seed.
    package func reset() async throws {
        _ = try await control("POST", "/__faults/reset", body: "")
    }

    package func stats() async throws -> FaultStats {
        try JSONDecoder().decode(FaultStats.self, from: Data(try await control("GET", "/__faults/stats", body: nil)))
    }

    /// A client that talks to the emulator through this proxy with the emulator's key. `timeoutSeconds`
    /// bounds each attempt, so a `slow` fault longer than it becomes a client timeout.
    package func client(maxAttempts: Int, timeoutSeconds: Double = 120) -> AWSClient {
        var configuration = CurlTransport.Configuration()
        configuration.timeoutSeconds = timeoutSeconds
        return AWSClient(
            region: emulator.region, credentialProvider: EmulatorKey(emulator: emulator), endpoint: endpoint,
            transport: CurlTransport(configuration: configuration),
            retryStrategy: StandardRetryStrategy(
                configuration: RetryConfiguration(maxAttempts: maxAttempts),
                backoff: RetryBackoff(baseSeconds: 0.05, capSeconds: 0.5)))
    }

    /// SIGKILL: a child spawned from a test thread may inherit a mask that blocks SIGTERM.
    package func stop() {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }

    deinit { stop() }

    func control(_ method: String, _ path: String, body: String?) async throws -> [UInt8] {
        let response = try await CurlTransport().send(
            HTTPRequest(
                method: method, url: endpoint + path, headers: [HTTPHeader("Content-Type", "application/json")],
                body: body.map { .bytes(Array($0.utf8)) } ?? .empty))
        guard response.status == 200 else {
            throw Failure.controlRejected(
                path: path, status: response.status, body: String(decoding: response.body, as: UTF8.self))
        }
        return response.body
    }
}
