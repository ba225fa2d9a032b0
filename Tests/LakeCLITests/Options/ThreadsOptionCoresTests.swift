import Foundation
import LakeTestSupport
import Testing

@testable import LakeCLI

/// The default `--threads`: every core the affinity mask allows, read from /proc/self/status, so that
/// `taskset -c 0 lakectl …` takes the one-thread path (the bench's "never slower on one core").
@Suite struct ThreadsOptionCoresTests {
    @Test(
        "the Cpus_allowed mask counts its set bits across comma-separated groups",
        arguments: [
            ("Cpus_allowed:\t1\n", 1), ("Cpus_allowed:\t3\n", 2), ("Cpus_allowed:\t00000000,00000001\n", 1),
            ("Cpus_allowed:\tffffffff,ffffffff\n", 64), ("Cpus_allowed:\t80000000,00000000\n", 1),
            ("Name:\tlakectl\nCpus_allowed:\tf0\nCpus_allowed_list:\t4-7\n", 4),
        ])
    func maskCounts(status: String, cores: Int) {
        #expect(ThreadsOption.allowedCores(procStatus: status) == cores)
    }

    @Test(
        "no Cpus_allowed line, or an empty mask, gives no count", arguments: ["Name:\tx\n", "Cpus_allowed:\t0,0\n", ""])
    func noMask(status: String) {
        #expect(ThreadsOption.allowedCores(procStatus: status) == nil)
    }

    /// The kernel writes the same mask twice in the file: as hex and as a list of ranges ("0-1,4"). The
    /// count read from the hex line must equal the count the list spells.
    @Test("this process's own mask agrees with its Cpus_allowed_list line")
    func ownMask() throws {
        let status = try String(contentsOfFile: "/proc/self/status", encoding: .utf8)
        let list = try #require(status.split(separator: "\n").first { $0.hasPrefix("Cpus_allowed_list:") })
        let listed = list.dropFirst("Cpus_allowed_list:".count).split(separator: ",").map { range in
            let ends = range.split(separator: "-").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
            return ends.count == 2 ? ends[1] - ends[0] + 1 : 1
        }.reduce(0, +)
        #expect(listed >= 1)
        #expect(ThreadsOption.allowedCores(procStatus: status) == listed)
        #expect(ThreadsOption.availableCores == min(listed, ProcessInfo.processInfo.activeProcessorCount))
    }

    /// What `taskset -c 0` leaves a process: its /proc/self/status, read by that process itself, allows one
    /// core, so lakectl run that way defaults to one thread. The wait runs off the cooperative pool, as
    /// `CLIRunner`'s do.
    @Test("a process under taskset -c 0 is allowed one core")
    func underTaskset() async throws {
        let (status, text) = try await CLIRunner.offPool { () throws -> (Int32, String) in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/taskset")
            process.arguments = ["-c", "0", "cat", "/proc/self/status"]
            let out = Pipe()
            process.standardOutput = out
            try process.run()
            let data = out.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return (process.terminationStatus, String(decoding: data, as: UTF8.self))
        }
        #expect(status == 0)
        #expect(text.contains("Cpus_allowed_list:\t0\n"))
        #expect(ThreadsOption.allowedCores(procStatus: text) == 1)
    }
}
