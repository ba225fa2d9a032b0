import ArgumentParser
import Foundation

/// `--threads N` for the local commands that decode Parquet: column chunks (and profiles) are decoded on
/// N threads. The default is every core this process may run on, so `taskset -c 0 lakectl …` is one core.
struct ThreadsOption: ParsableArguments {
    @Option(help: "Threads decoding column chunks in parallel (default: every core available to lakectl).")
    var threads: Int?

    /// The thread count to use.
    var count: Int { threads ?? max(1, ProcessInfo.processInfo.activeProcessorCount) }

    func validate() throws {
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
    }
}
