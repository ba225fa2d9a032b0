import AWSCore
import Foundation

/// A private moto server on a free 127.0.0.1 port, for the few tests that need moto in a state the shared
/// emulator cannot be put in (signature checking off, a fresh IAM). Everything else uses `Emulator`.
/// The test that starts it stops it.
package final class MotoServer: @unchecked Sendable {
    // @unchecked Sendable: `process` and `port` are set once in `start` and never mutated afterwards.
    package let port: Int
    private let process: Process

    package var endpoint: String { "http://127.0.0.1:\(port)" }

    private init(port: Int, process: Process) {
        self.port = port
        self.process = process
    }

    package static func start() async throws -> MotoServer {
        let port = try freePort()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["moto_server", "-H", "127.0.0.1", "-p", String(port)]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let server = MotoServer(port: port, process: process)
        let transport = CurlTransport()
        for _ in 0..<200 {
            if let response = try? await transport.send(
                HTTPRequest(method: "GET", url: server.endpoint + "/moto-api/data.json")),
                response.status == 200
            {
                return server
            }
            try await Task.sleep(nanoseconds: 50_000_000)
        }
        server.stop()
        throw MotoError.notReady
    }

    /// Turns SigV4 checking on: from now on only keys moto's IAM knows are accepted.
    package func enableSignatureChecking() async throws {
        let response = try await CurlTransport().send(
            HTTPRequest(
                method: "POST", url: endpoint + "/moto-api/reset-auth",
                headers: [HTTPHeader("Content-Type", "text/plain")],
                body: .bytes(Array("0".utf8))))
        guard response.status == 200 else { throw MotoError.resetAuthFailed(response.status) }
    }

    /// SIGKILL: a child spawned from a test thread may inherit a mask that blocks SIGTERM.
    package func stop() {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }

    deinit { stop() }

    package enum MotoError: Error {
        case notReady, noPort
        case resetAuthFailed(Int)
    }

    private static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let ok = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0
            }
        }
        guard ok else { throw MotoError.noPort }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
