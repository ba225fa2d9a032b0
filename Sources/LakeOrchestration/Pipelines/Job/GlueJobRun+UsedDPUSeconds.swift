import AWSServices

/// The DPU-seconds `job run` and `job status` show. Glue reports DPUSeconds only for auto-scaling and
/// Flex runs; a standard run is billed on its workers for its execution time, so that is counted instead.
extension GlueJobRun {
    /// DPUs one worker of `type` stands for (Glue's worker types: G.025X is a quarter DPU, R and Z
    /// workers count in memory-optimised M-DPUs, Standard is one); nil for a type not known here.
    static func dpusPerWorker(_ type: String) -> Double? {
        switch type.uppercased() {
        case "G.025X": return 0.25
        case "STANDARD", "G.1X", "R.1X": return 1
        case "G.2X", "R.2X", "Z.2X": return 2
        case "G.4X", "R.4X": return 4
        case "G.8X", "R.8X": return 8
        case "G.12X": return 12
        case "G.16X": return 16
        default: return nil
        }
    }

    /// Glue's own count when it gives one, else workers × DPUs per worker × execution seconds; nil when
    /// the run names neither (a Python shell job sized by MaxCapacity).
    var usedDPUSeconds: Double? {
        if let dpuSeconds { return dpuSeconds }
        guard let workers = numberOfWorkers, let type = workerType, let perWorker = Self.dpusPerWorker(type),
            let seconds = executionTime
        else { return nil }
        return Double(workers) * perWorker * Double(seconds)
    }
}
