import Foundation
import LakeOrchestration

/// Renders pipeline events on stderr: one line per step (what was checked or ensured, and whether it
/// was created, updated or unchanged) and a progress bar while waiting. stdout is left for the result,
/// so `--output json` stays machine-readable while people still see what happens.
///
/// `@unchecked Sendable`: events arrive from the pipeline's task; all state is guarded by `lock`.
final class StepReporter: @unchecked Sendable {
    private let lock = NSLock()
    private var bar: ProgressBar
    private let quiet: Bool
    private var taskId: String?

    init(global: GlobalOptions) {
        bar = ProgressBar(global: global)
        quiet = global.output != .table && !bar.enabled
    }

    var lastTaskId: String? { lock.withLock { taskId } }

    var handle: PipelineEventSink {
        { [self] event in self.receive(event) }
    }

    private func receive(_ event: PipelineEvent) {
        lock.withLock {
            switch event {
            case let .step(name, detail, change):
                if name == "export task" { taskId = detail.split(separator: " ").first.map(String.init) }
                bar.finish()
                guard !quiet else { return }
                let outcome = change.map { " [\($0.summary)]" } ?? ""
                StandardStreams.err("• \(name): \(detail)\(outcome)")
            case let .progress(state, percent, detail):
                bar.update(percent: percent, label: "\(state)  \(detail)")
            }
        }
    }

    func finish() {
        lock.withLock { bar.finish() }
    }
}
