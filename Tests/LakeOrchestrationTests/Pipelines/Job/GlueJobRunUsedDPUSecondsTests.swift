import AWSServices
import Testing

@testable import LakeOrchestration

/// The DPU-seconds shown for a run: Glue's count when it reports one, else workers × DPUs × seconds.
@Suite struct GlueJobRunUsedDPUSecondsTests {
    @Test func gluesOwnCountWins() {
        let run = GlueJobRun(
            id: "jr_1", state: "SUCCEEDED", executionTime: 60, dpuSeconds: 37.5, numberOfWorkers: 10,
            workerType: "G.2X")
        #expect(run.usedDPUSeconds == 37.5)
    }

    @Test(arguments: [("G.1X", 2, 240.0), ("G.2X", 2, 480.0), ("G.025X", 2, 60.0), ("Z.2X", 3, 720.0)])
    func standardRunsCountWorkersTimesTheirDPUsTimesSeconds(type: String, workers: Int, expected: Double) {
        let run = GlueJobRun(
            id: "jr_1", state: "RUNNING", executionTime: 120, numberOfWorkers: workers, workerType: type)
        #expect(run.usedDPUSeconds == expected)
    }

    @Test func unknownSizingShowsNothingRatherThanAGuess() {
        #expect(GlueJobRun(id: "jr_1", state: "RUNNING", executionTime: 120).usedDPUSeconds == nil)
        let unknown = GlueJobRun(
            id: "jr_1", state: "RUNNING", executionTime: 120, numberOfWorkers: 2, workerType: "X.9X")
        #expect(unknown.usedDPUSeconds == nil)
    }
}
