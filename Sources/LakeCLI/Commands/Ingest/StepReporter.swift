import Foundation
import LakeOrchestration

/// Renders pipeline events on stderr: one line per step (what was checked or ensured, and whether it
/// was created, updated or unchanged) and progress while waiting. stdout is left for the result,
/// so `--output json` stays machine-readable while people still see what happens.
///
/// `@unchecked Sendable`: events arrive from the pipeline's task; all state is guarded by `lock`.
final class StepReporter: @unchecked Sendable {
    private let lock = NSLock()
    private var bar: ProgressBar
    private let quiet: Bool
    private let color: ColorPolicy
    private var started: (what: String, id: String)?

    init(global: GlobalOptions) {
        bar = ProgressBar(global: global)
        quiet = global.output != .table && !bar.enabled
        color = ColorPolicy(global: global)
    }

    /// The long-running AWS job the flow started or found (an export task), to say how to resume.
    var lastStarted: (what: String, id: String)? { lock.withLock { started } }

    var handle: PipelineEventSink {
        { [self] event in self.receive(event) }
    }

    private func receive(_ event: PipelineEvent) {
        lock.withLock {
            switch event {
            case let .step(name, detail, change):
                bar.finish()
                guard !quiet else { return }
                let outcome = change.map { " [\(self.paint($0))]" } ?? ""
                StandardStreams.err("• \(name): \(detail)\(outcome)")
            case let .started(what, id):
                started = (what, id)
            case let .progress(state, percent, detail):
                bar.update(percent: percent, label: "\(state)  \(detail)", state: state)
            }
        }
    }

    /// The outcome word, coloured by what it means when colour is on.
    private func paint(_ change: Change) -> String {
        switch change {
        case .created: return color.paint(change.summary, .green)
        case .updated: return color.paint(change.summary, .yellow)
        case .unchanged: return color.paint(change.summary, .dim)
        }
    }

    func finish() {
        lock.withLock { bar.finish() }
    }
}
