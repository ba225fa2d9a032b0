/// What a pipeline reports while it runs. Lower layers never print (ARCHITECTURE.md); the CLI turns these
/// into step lines and a progress bar, tests collect them.
package enum PipelineEvent: Sendable, Equatable {
    /// A check passed or a resource was ensured: "snapshot", "bucket", "export role"…, with the outcome.
    case step(name: String, detail: String, change: Change?)
    /// A long-running job in AWS was started or found ("export task", its id): what an interrupted wait
    /// names so the user can resume or cancel it.
    case started(what: String, id: String)
    /// A long wait advanced: a state word, percent done when known, and a short detail.
    case progress(state: String, percent: Int?, detail: String)
}

/// Receives events; called from whatever task the pipeline runs on.
package typealias PipelineEventSink = @Sendable (PipelineEvent) -> Void
