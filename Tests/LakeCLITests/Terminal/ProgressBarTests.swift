import Foundation
import Testing

@testable import LakeCLI

/// Progress when stderr is not a terminal (issue 9, item 7): a plain line per state change and a heartbeat
/// at least every 30 s, so CI logs show a long wait is alive; nothing with `--no-progress`.
@Suite struct ProgressBarTests {
    /// `@unchecked Sendable`: only touched from the test's own thread.
    final class Recorder: @unchecked Sendable {
        var lines: [String] = []
        var raw: [String] = []
        var now = Date(timeIntervalSince1970: 1_000_000)
    }

    private func bar(_ mode: ProgressBar.Mode, _ recorder: Recorder) -> ProgressBar {
        ProgressBar(
            mode: mode, now: { recorder.now }, writeRaw: { recorder.raw.append($0) },
            writeLine: { recorder.lines.append($0) })
    }

    @Test func linesModeWritesOnStateChangeAndEveryThirtySeconds() {
        let recorder = Recorder()
        var progress = bar(.lines, recorder)
        progress.update(percent: 0, label: "STARTING  0 GB extracted", state: "STARTING")
        recorder.now += 5
        progress.update(percent: 0, label: "STARTING  0 GB extracted", state: "STARTING")
        #expect(recorder.lines.count == 1)
        recorder.now += 5
        progress.update(percent: 10, label: "IN_PROGRESS  1 GB extracted", state: "IN_PROGRESS")
        #expect(recorder.lines.count == 2)
        recorder.now += 29
        progress.update(percent: 20, label: "IN_PROGRESS  2 GB extracted", state: "IN_PROGRESS")
        #expect(recorder.lines.count == 2)
        recorder.now += 1
        progress.update(percent: 30, label: "IN_PROGRESS  3 GB extracted", state: "IN_PROGRESS")
        #expect(
            recorder.lines == [
                "0%  STARTING  0 GB extracted  (0:00 elapsed)", "10%  IN_PROGRESS  1 GB extracted  (0:10 elapsed)",
                "30%  IN_PROGRESS  3 GB extracted  (0:40 elapsed)",
            ])
        #expect(recorder.raw.isEmpty)
    }

    @Test func offModeWritesNothingAndBarModeRedrawsInPlace() {
        let recorder = Recorder()
        var off = bar(.off, recorder)
        off.update(percent: 50, label: "IN_PROGRESS", state: "IN_PROGRESS")
        off.finish()
        #expect(recorder.lines.isEmpty && recorder.raw.isEmpty)

        var drawn = bar(.bar, recorder)
        drawn.update(percent: 50, label: "IN_PROGRESS")
        drawn.finish()
        #expect(recorder.lines.isEmpty)
        #expect(recorder.raw.count == 2)
        #expect(recorder.raw.first?.hasPrefix("\r[###############...............]  50% IN_PROGRESS  0:00") == true)
    }
}
