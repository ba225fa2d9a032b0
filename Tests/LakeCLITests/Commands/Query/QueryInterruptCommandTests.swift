import AWSServices
import Foundation
import LakeTestSupport
import Testing

/// Ctrl-C while an UNLOAD runs, as the binary gets it (SIGINT), against the emulator with signature checking
/// on: the query is stopped in Athena, the files it had already written are removed, and lakectl exits 130.
/// The emulator's Athena writes an UNLOAD's files when the query starts, so they exist when the signal comes.
@Suite struct QueryInterruptCommandTests {
    @Test func interruptDuringTheUnloadFetchStopsTheQueryAndRemovesItsFiles() async throws {
        let shop = try await ShopParquetFixture.make()
        let results = "\(shop.bucket)-results"
        let (status, stderr) = try await Self.interrupted(
            [
                "query", "SELECT order_id, amount FROM \(shop.database).orders", "--fetch", "unload",
                "--output-location", "s3://\(results)/q/", "--poll-interval", "30",
            ], environment: shop.emulator.environment())
        #expect(status == 130, "\(stderr)")
        let id = try #require(Self.queryId(in: stderr), "\(stderr)")
        let after = try await CLIRunner.run(
            ["query", "status", id, "--output", "json"], environment: shop.emulator.environment())
        #expect(try shop.json(after)["state"] as? String == "CANCELLED", "\(after.stdout)")

        // Athena's manifest (left at the output location) names the files the query wrote; none is left.
        let s3 = S3Client(client: shop.emulator.client())
        let manifest = try await s3.getObject(bucket: results, key: "q/\(id)-manifest.csv").bytes
        let written = String(decoding: manifest, as: UTF8.self).split(separator: "\n")
        #expect(!written.isEmpty && written.allSatisfy { $0.contains("/q/lakectl-unload/") }, "\(written)")
        #expect(try await s3.listAllObjects(bucket: results, prefix: "q/lakectl-unload/").isEmpty)
    }

    @Test func interruptDuringAnUnloadToAPrefixLeavesThePrefixEmpty() async throws {
        let shop = try await ShopParquetFixture.make()
        let results = "\(shop.bucket)-results"
        let (status, stderr) = try await Self.interrupted(
            [
                "query", "SELECT * FROM \(shop.database).orders", "--unload", "s3://\(results)/export/",
                "--output-location", "s3://\(results)/q/", "--poll-interval", "30",
            ], environment: shop.emulator.environment())
        #expect(status == 130, "\(stderr)")
        #expect(stderr.contains("was stopped in Athena"), "\(stderr)")
        let s3 = S3Client(client: shop.emulator.client())
        let id = try #require(Self.queryId(in: stderr), "\(stderr)")
        let manifest = try await s3.getObject(bucket: results, key: "q/\(id)-manifest.csv").bytes
        #expect(String(decoding: manifest, as: UTF8.self).contains("/export/"), "the query had written files")
        #expect(try await s3.listAllObjects(bucket: results, prefix: "export/").isEmpty)
    }

    /// The first 36-character word of lakectl's stderr: the query id it reports.
    static func queryId(in stderr: String) -> String? {
        stderr.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init).first { $0.count == 36 }
    }

    /// Runs lakectl, sends SIGINT once its progress line says QUEUED, and answers its exit status and stderr.
    static func interrupted(_ arguments: [String], environment: [String: String]) async throws -> (Int32, String) {
        try await CLIRunner.offPool { () throws -> (Int32, String) in
            let process = Process()
            process.executableURL = CLIRunner.executable
            process.arguments = arguments
            process.environment = environment
            let err = Pipe()
            process.standardError = err
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            var seen = Data()
            while !String(decoding: seen, as: UTF8.self).contains("QUEUED") {
                let chunk = err.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                seen.append(chunk)
            }
            kill(process.processIdentifier, SIGINT)
            let rest = err.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return (process.terminationStatus, String(decoding: seen + rest, as: UTF8.self))
        }
    }
}
