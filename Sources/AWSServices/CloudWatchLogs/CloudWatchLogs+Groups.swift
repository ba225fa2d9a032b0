import AWSCore

extension CloudWatchLogsClient {
    /// Creates the log group unless it exists (API_CreateLogGroup); true when it was created.
    package func ensureLogGroup(_ name: String) async throws -> Bool {
        struct Input: Encodable, Sendable { var logGroupName: String }
        return try await created { _ = try await call("CreateLogGroup", Input(logGroupName: name), output: Reply.self) }
    }

    /// Creates the log stream in an existing group unless it exists (API_CreateLogStream); true when created.
    package func ensureLogStream(group: String, stream: String) async throws -> Bool {
        struct Input: Encodable, Sendable { var logGroupName: String; var logStreamName: String }
        return try await created {
            _ = try await call(
                "CreateLogStream", Input(logGroupName: group, logStreamName: stream), output: Reply.self)
        }
    }

    /// Create calls answer `{}` (or nothing).
    private struct Reply: Decodable {}

    private func created(_ create: () async throws -> Void) async throws -> Bool {
        do {
            try await create()
            return true
        } catch let error as AWSError where error.hasCode(ErrorCode.resourceAlreadyExists) {
            return false
        }
    }
}
