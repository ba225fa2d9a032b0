import ArgumentParser
import Foundation

/// `--threads N` for the local commands that decode or write Parquet: column chunks (and profiles) are
/// decoded, or encoded by `convert`, on N threads. The default is every core this process may run on, so
/// `taskset -c 0 lakectl …` is one core.
struct ThreadsOption: ParsableArguments {
    @Option(
        help:
            "Threads decoding (convert: encoding) column chunks in parallel (default: every core available to lakectl)."
    )
    var threads: Int?

    /// The thread count to use.
    var count: Int { threads ?? Self.availableCores }

    /// Cores this process may run on. `ProcessInfo.activeProcessorCount` ignores the affinity mask
    /// (`taskset`), and Glibc's module does not export `sched_getaffinity`, so on Linux the mask is read
    /// from /proc/self/status. This is what makes the default "never slower on one core": under
    /// `taskset -c 0` it is 1, and the default runs the `--threads 1` path itself.
    static var availableCores: Int {
        let online = max(1, ProcessInfo.processInfo.activeProcessorCount)
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let allowed = allowedCores(procStatus: status)
        else { return online }
        return min(allowed, online)
    }

    /// The cores the "Cpus_allowed:" line of a /proc/<pid>/status text allows (a hex mask in comma-separated
    /// groups of 32 bits, e.g. "ffffffff,00000003"); nil without that line or with an empty mask.
    static func allowedCores(procStatus status: String) -> Int? {
        guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Cpus_allowed:") }) else {
            return nil
        }
        let mask = line.dropFirst("Cpus_allowed:".count).filter(\.isHexDigit)
        let allowed = mask.reduce(0) { $0 + (Int(String($1), radix: 16)?.nonzeroBitCount ?? 0) }
        return allowed > 0 ? allowed : nil
    }

    func validate() throws {
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
    }
}
