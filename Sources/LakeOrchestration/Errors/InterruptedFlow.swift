import AWSCore
import Foundation

/// A flow that AWS kept failing transiently (5xx, throttling, resets, timeouts) after every retry: what was
/// done, where it stopped, and that running the same command again finishes the job. Every step of the
/// flows is idempotent (resources are read → compared → applied, tasks have deterministic ids), so a re-run
/// neither loses nor repeats anything.
package struct InterruptedFlow: Error, Sendable, Equatable, CustomStringConvertible {
    /// The flow, as the user typed it ("ingest snapshot").
    package var flow: String
    /// Steps finished before the failure, with their outcome ("export policy (created)").
    package var done: [String]
    /// The last error, already free of secrets (AWS errors never carry request headers).
    package var cause: String

    package var description: String {
        let finished = done.isEmpty ? "nothing was changed yet" : "done: " + done.joined(separator: "; ")
        return "\(flow) stopped: AWS kept failing after every retry (\(cause)). \(finished). "
            + "Nothing is lost and nothing will be made twice: run the same command again to finish."
    }

    /// True for failures that are AWS's or the network's, not the request's: what the retry strategy retries.
    package static func isTransient(_ error: any Error) -> Bool {
        RetryClassifier.classify(error) != nil
    }

    /// Runs `body`, recording each step it reports; a transient failure becomes an `InterruptedFlow` naming
    /// those steps. Other errors pass through unchanged.
    static func tracking<T>(
        _ flow: String, events: @escaping PipelineEventSink,
        _ body: (@escaping PipelineEventSink) async throws -> T
    ) async throws -> T {
        let log = StepLog()
        do {
            return try await body { event in
                if case .step(let name, _, let change) = event, let change { log.append("\(name) (\(change.word))") }
                events(event)
            }
        } catch  where isTransient(error) {
            throw InterruptedFlow(flow: flow, done: log.all, cause: String(describing: error))
        }
    }
}

/// The steps a flow reported, collected from whatever task the events arrive on.
/// `@unchecked Sendable`: `items` is only touched under `lock`.
final class StepLog: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func append(_ item: String) { lock.withLock { items.append(item) } }
    var all: [String] { lock.withLock { items } }
}
