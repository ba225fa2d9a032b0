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
    /// from /proc/self/status ("Cpus_allowed:", hex, comma-grouped).
    static var availableCores: Int {
        let online = max(1, ProcessInfo.processInfo.activeProcessorCount)
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Cpus_allowed:") })
        else { return online }
        let mask = line.dropFirst("Cpus_allowed:".count).filter(\.isHexDigit)
        let allowed = mask.reduce(0) { $0 + (Int(String($1), radix: 16)?.nonzeroBitCount ?? 0) }
        return allowed > 0 ? min(allowed, online) : online
    }

    func validate() throws {
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
    }
}
