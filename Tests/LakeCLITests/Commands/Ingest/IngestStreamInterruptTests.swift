import Foundation
import LakeTestSupport
import Testing

/// Ctrl-C during `lakectl ingest stream` reading stdin: a real SIGINT to the binary while the producer on
/// the other end of the pipe has gone quiet (the pipe stays open). The command must not wait for another
/// line: it drains what is in flight, names the line to resume from, and exits 130.
@Suite struct IngestStreamInterruptTests {
    @Test func sigintWhileStdinIsQuietExits130WithTheResumeLine() async throws {
        let setup = try await IngestStreamCommandTests.Setup.make()
        let process = Process()
        process.executableURL = CLIRunner.executable
        process.arguments = ["ingest", "stream", setup.stream, "--concurrency", "2"]
        process.environment = setup.emulator.environment()
        let input = Pipe(), err = Pipe()
        process.standardInput = input
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        defer { try? input.fileHandleForWriting.close() }
        // One full batch (lines 1–500) goes out; lines 501–600 wait in the packer for more input.
        input.fileHandleForWriting.write(Data((1...600).map { "{\"n\":\($0)}\n" }.joined().utf8))

        var delivered: [String] = []
        for _ in 0..<600 where delivered.count < 500 {
            delivered = (try? await setup.delivered()) ?? []
            if delivered.count < 500 { try await Task.sleep(nanoseconds: 50_000_000) }
        }
        #expect(delivered.count == 500, "the first batch never arrived")
        kill(process.processIdentifier, SIGINT)

        let (status, message) = try await CLIRunner.offPool { () -> (Int32, String) in
            // A watchdog, not a timing assertion: if the command hangs (the bug this guards against), end it
            // so the test fails with its stderr instead of hanging the suite.
            let watchdog = Thread {
                Thread.sleep(forTimeInterval: 60)
                if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            }
            watchdog.start()
            let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            return (process.terminationStatus, text)
        }
        #expect(status == 130, "\(message)")
        #expect(message.contains("every record before line 501 was sent"), "\(message)")
        #expect(message.contains("--skip-lines 500"), "\(message)")
        #expect(try await setup.delivered().sorted() == (1...500).map { "{\"n\":\($0)}" }.sorted())
    }
}
