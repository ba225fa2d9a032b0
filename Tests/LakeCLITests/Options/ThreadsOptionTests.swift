import Foundation
import LakeTestSupport
import Testing

/// `--threads N` on the local Parquet commands: the output does not depend on N, and N must be positive.
@Suite struct ThreadsOptionTests {
    @Test("cat, profile and convert print the same on one thread and on four")
    func sameOutputAnyThreads() async throws {
        let tree = try CLITempTree()
        defer { tree.remove() }
        let pq = try await CatCommandTests.people(tree)
        let commands: [[String]] = [
            ["cat", pq, "--where", "qty >= 6"], ["cat", pq, "--columns", "name,ts", "--output", "csv"],
            ["profile", pq, "--output", "json"],
        ]
        for command in commands {
            let one = try await CLIRunner.run(command + ["--threads", "1"], environment: CatCommandTests.env)
            let four = try await CLIRunner.run(command + ["--threads", "4"], environment: CatCommandTests.env)
            #expect(one.status == 0 && four.status == 0, "\(command): \(one.stderr) \(four.stderr)")
            #expect(!one.stdout.isEmpty)
            #expect(one.stdout == four.stdout, "\(command)")
        }
        let csv1 = tree.path("one.csv")
        let csv4 = tree.path("four.csv")
        _ = try await CLIRunner.run(["convert", pq, csv1, "--threads", "1"], environment: CatCommandTests.env)
        _ = try await CLIRunner.run(["convert", pq, csv4, "--threads", "4"], environment: CatCommandTests.env)
        let text1 = try String(contentsOfFile: csv1, encoding: .utf8)
        #expect(text1.split(separator: "\n").count == 5)
        #expect(text1 == (try String(contentsOfFile: csv4, encoding: .utf8)))
    }

    @Test("--threads 0 is a usage error")
    func zeroThreads() async throws {
        let r = try await CLIRunner.run(["profile", "x.parquet", "--threads", "0"], environment: CatCommandTests.env)
        #expect(r.status != 0)
        #expect(r.stderr.contains("--threads must be at least 1"))
    }
}
