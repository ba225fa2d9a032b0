import AWSCore
import AWSServices

/// `lakectl ingest status|cancel`: export tasks listed, followed until they end (progress as pipeline
/// events, like every other wait), or cancelled.
package struct ExportTasks: Sendable {
    let rds: RDSClient
    let clock: any AWSClock

    package init(session: LakeSession, clock: any AWSClock = SystemClock()) {
        rds = session.rds
        self.clock = clock
    }

    /// Every export task the account has (all pages).
    package func list() async throws -> [ExportTaskState] {
        var tasks: [ExportTaskState] = []
        for try await page in rds.describeExportTasksPages() { tasks += page.items.map(ExportTaskState.init) }
        return tasks
    }

    package func describe(_ taskId: String) async throws -> ExportTaskState {
        ExportTaskState(try await rds.describeExportTask(taskId))
    }

    /// Polls until the task is COMPLETE, FAILED or CANCELED, reporting each poll as a `.progress` event.
    /// Cancellation (Ctrl-C) stops the wait and leaves the task running in AWS.
    package func watch(_ taskId: String, pollSeconds: Double, events: @escaping PipelineEventSink) async throws
        -> ExportTaskState
    {
        let task = try await rds.waitForExportTask(
            taskId, clock: clock, minDelaySeconds: pollSeconds, maxDelaySeconds: max(pollSeconds, 60)
        ) { polled in
            events(
                .progress(
                    state: polled.status.description, percent: polled.percentProgress,
                    detail: "\(polled.totalExtractedDataInGB) GB extracted"))
        }
        return ExportTaskState(task)
    }

    /// CancelExportTask. Files RDS already wrote stay in S3 (AWS-NOTES B3).
    package func cancel(_ taskId: String) async throws -> ExportTaskState {
        ExportTaskState(try await rds.cancelExportTask(taskId))
    }
}
