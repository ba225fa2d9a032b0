import Foundation
import LakeTestSupport
import Testing

/// `lakectl workgroup` against the emulator (moto keeps the workgroups; the gap layer adds UpdateWorkGroup
/// and applies a workgroup's settings to its queries), signature checking on.
@Suite struct WorkgroupCommandTests {
    @Test func createIsRerunnableUpdatesWhatDiffersAndEnforcesItsOutputLocation() async throws {
        let shop = try await ShopParquetFixture.make()
        let env = shop.emulator.environment()
        let name = Emulator.uniqueName("wg")
        let location = "s3://\(shop.bucket)-results/wg/"
        func run(_ arguments: [String]) async throws -> [String: Any] {
            let result = try await CLIRunner.run(arguments + ["--output", "json"], environment: env)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            return try shop.json(result)
        }
        let create = ["workgroup", "create", name, "--output-location", location, "--enforce"]
        #expect(try await run(create)["change"] as? String == "created")
        #expect(try await run(create)["change"] as? String == "unchanged")
        let updated = try await run(create + ["--bytes-scanned-cutoff", "10GB"])
        #expect(updated["change"] as? String == "updated (bytes scanned cutoff)")
        #expect((updated["bytesScannedCutoff"] as? NSNumber)?.int64Value == 10_000_000_000)
        let shown = try await run(["workgroup", "show", name])
        #expect(shown["outputLocation"] as? String == location)
        #expect(shown["enforce"] as? Bool == true)

        let list = try await CLIRunner.run(["workgroup", "list", "--output", "json"], environment: env)
        let names = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]]
        #expect(names?.contains { $0["name"] as? String == name } == true)

        // The workgroup enforces its location: the query's own --output-location is overridden.
        let query = try await shop.query(
            "SELECT count(*) AS n FROM \(shop.database).orders",
            ["--workgroup", name, "--fetch", "page", "--output", "json"])
        #expect(query.status == 0, "\(query.stderr)")
        let id = try #require(try shop.json(query)["queryId"] as? String)
        let status = try await run(["query", "status", id])
        #expect((status["outputLocation"] as? String)?.hasPrefix(location) == true, "\(status)")
        #expect((status["outputRows"] as? NSNumber)?.intValue == 1)
        #expect((status["inputRows"] as? NSNumber)?.int64Value == Int64(shop.expected.orderIds.count))

        #expect(try await run(["workgroup", "delete", name])["change"] as? String == "deleted")
        #expect(try await run(["workgroup", "delete", name])["change"] as? String == "unchanged")
        let gone = try await CLIRunner.run(["workgroup", "show", name], environment: env)
        #expect(gone.status == 1)
        #expect(gone.stderr.contains("no workgroup named \(name)"), "\(gone.stderr)")
    }
}
