import AWSCore

extension GlueClient {
    /// Creates a job from `job` (its `name` set); `AlreadyExistsException`/`IdempotentParameterMismatch`
    /// when the name is taken (API_CreateJob).
    package func createJob(_ job: GlueJob, tags: [String: String]? = nil) async throws {
        struct Input: Encodable, Sendable {
            var job: GlueJob
            var tags: [String: String]?
            func encode(to encoder: any Encoder) throws {
                try job.encode(to: encoder)
                var container = encoder.container(keyedBy: Key.self)
                try container.encodeIfPresent(tags, forKey: .tags)
            }
            enum Key: String, CodingKey { case tags = "Tags" }
        }
        _ = try await call("CreateJob", Input(job: job, tags: tags), output: GlueEmptyReply.self)
    }

    /// Replaces a job's definition with `job` (API_UpdateJob: fields not sent are reset).
    package func updateJob(_ name: String, _ job: GlueJob) async throws {
        struct Input: Encodable, Sendable { var JobName: String; var JobUpdate: GlueJob }
        var update = job
        update.name = nil
        _ = try await call("UpdateJob", Input(JobName: name, JobUpdate: update), output: GlueEmptyReply.self)
    }

    /// One job definition; `EntityNotFoundException` for an unknown name (API_GetJob).
    package func getJob(_ name: String) async throws -> GlueJob {
        struct Input: Encodable, Sendable { var JobName: String }
        struct Output: Decodable { var Job: GlueJob }
        return try await call("GetJob", Input(JobName: name), output: Output.self).Job
    }

    /// Deletes a job; no error when it does not exist (API_DeleteJob).
    package func deleteJob(_ name: String) async throws {
        struct Input: Encodable, Sendable { var JobName: String }
        _ = try await call("DeleteJob", Input(JobName: name), output: GlueEmptyReply.self)
    }

    /// Starts a run with `arguments` over the job's defaults and answers its id (API_StartJobRun).
    package func startJobRun(_ name: String, arguments: [String: String]? = nil) async throws -> String {
        struct Input: Encodable, Sendable { var JobName: String; var Arguments: [String: String]? }
        struct Output: Decodable { var JobRunId: String }
        return try await call("StartJobRun", Input(JobName: name, Arguments: arguments), output: Output.self)
            .JobRunId
    }

    /// One run; `EntityNotFoundException` for an unknown job or run id (API_GetJobRun).
    package func getJobRun(_ name: String, runId: String) async throws -> GlueJobRun {
        struct Input: Encodable, Sendable { var JobName: String; var RunId: String }
        struct Output: Decodable { var JobRun: GlueJobRun }
        return try await call("GetJobRun", Input(JobName: name, RunId: runId), output: Output.self).JobRun
    }

    /// One page of a job's runs, newest first on AWS (API_GetJobRuns).
    package func getJobRuns(_ name: String, nextToken: String? = nil, maxResults: Int? = nil) async throws -> Page<
        GlueJobRun
    > {
        struct Input: Encodable, Sendable { var JobName: String; var NextToken: String?; var MaxResults: Int? }
        struct Output: Decodable { var JobRuns: [GlueJobRun]?; var NextToken: String? }
        let output = try await call(
            "GetJobRuns", Input(JobName: name, NextToken: nextToken, MaxResults: maxResults), output: Output.self)
        return Page(items: output.JobRuns ?? [], nextToken: output.NextToken)
    }

    /// Asks the given runs to stop (API_BatchStopJobRun); answers the ids that could not be stopped with
    /// Glue's reason, so a run that has just ended is not an error to the caller.
    package func batchStopJobRun(_ name: String, runIds: [String]) async throws -> [(runId: String, reason: String)] {
        struct Input: Encodable, Sendable { var JobName: String; var JobRunIds: [String] }
        struct Detail: Decodable { var ErrorCode: String?; var ErrorMessage: String? }
        struct Failure: Decodable { var JobRunId: String?; var ErrorDetail: Detail? }
        struct Output: Decodable { var Errors: [Failure]? }
        let output = try await call("BatchStopJobRun", Input(JobName: name, JobRunIds: runIds), output: Output.self)
        return (output.Errors ?? []).map {
            ($0.JobRunId ?? "", $0.ErrorDetail?.ErrorMessage ?? $0.ErrorDetail?.ErrorCode ?? "unknown")
        }
    }
}
