import LakeTestSupport
import Testing

@testable import AWSCore

@Suite struct WaiterTests {
    struct Snapshot: Sendable {
        var status: String
        var parts: [String] = []
    }

    /// Serves a script of replies, one per poll; the last repeats.
    actor Script {
        var replies: [Result<Snapshot, AWSError>]
        private(set) var polls = 0
        init(_ replies: [Result<Snapshot, AWSError>]) { self.replies = replies }
        func next() throws -> Snapshot {
            polls += 1
            let reply = replies.count > 1 ? replies.removeFirst() : replies[0]
            return try reply.get()
        }
    }

    static func notFound() -> AWSError {
        AWSError(
            service: "RDS", operation: "DescribeDBSnapshots", code: "DBSnapshotNotFound", message: nil, statusCode: 404)
    }

    let available = Waiter<Snapshot>(
        name: "snapshot available",
        acceptors: [
            .init(.success, .path({ $0.status }, expected: "available")),
            .init(.failure, .path({ $0.status }, expected: "failed"), label: "snapshot status is failed"),
            .init(.retry, .path({ $0.status }, expected: "creating"), label: "still creating"),
        ],
        minDelaySeconds: 15, maxDelaySeconds: 120, maxWaitSeconds: 600)

    @Test func pollsWithBackoffUntilSuccess() async throws {
        let script = Script([
            .success(Snapshot(status: "creating")), .success(Snapshot(status: "creating")),
            .success(Snapshot(status: "available")),
        ])
        let clock = ManualClock()
        let progress = ProgressLog()
        let result = try await available.wait(
            clock: clock, random: { $0.upperBound }, progress: { progress.append($0) },
            poll: { try await script.next() })
        #expect(result?.status == "available")
        #expect(clock.sleeps == [15, 30])
        #expect(progress.items.map(\.attempt) == [1, 2])
        #expect(progress.items.first?.observation == "still creating")
    }

    @Test func failureAcceptorStops() async throws {
        let script = Script([.success(Snapshot(status: "failed"))])
        await #expect(
            throws: AWSClientError.waiterFailed(name: "snapshot available", reason: "snapshot status is failed")
        ) {
            _ = try await available.wait(clock: ManualClock(), poll: { try await script.next() })
        }
    }

    @Test func deadlineEndsTheWaitAndTheLastPollLandsBeforeIt() async throws {
        let script = Script([.success(Snapshot(status: "creating"))])
        let clock = ManualClock()
        let error = await #expect(throws: AWSClientError.self) {
            _ = try await available.wait(clock: clock, random: { $0.upperBound }, poll: { try await script.next() })
        }
        guard case .waiterTimedOut(_, let attempts, let seconds) = error else {
            Issue.record("expected a timeout, got \(String(describing: error))")
            return
        }
        #expect(seconds <= 600)
        #expect(attempts == (await script.polls))
        #expect(clock.sleeps.reduce(0, +) <= 600)
    }

    @Test func errorCodeAcceptorAndUnmatchedErrors() async throws {
        let deleted = Waiter<Snapshot>(
            name: "snapshot deleted", acceptors: [.init(.success, .errorCode("DBSnapshotNotFound"))], maxWaitSeconds: 60
        )
        let gone = Script([.success(Snapshot(status: "deleting")), .failure(Self.notFound())])
        let result = try await deleted.wait(clock: ManualClock(), poll: { try await gone.next() })
        #expect(result == nil)

        let denied = AWSError(
            service: "RDS", operation: "DescribeDBSnapshots", code: "AccessDenied", message: nil, statusCode: 403)
        let refusing = Script([.failure(denied)])
        await #expect(throws: denied) {
            _ = try await deleted.wait(clock: ManualClock(), poll: { try await refusing.next() })
        }
    }

    /// A poll whose call exhausted its retries on throttling or a 5xx does not end a minutes-long wait:
    /// the waiter polls again with its backoff, and a real service error still ends it.
    @Test func aPollThatFailedTransientlyIsPolledAgain() async throws {
        let throttled = AWSError(
            service: "RDS", operation: "DescribeExportTasks", code: "ThrottlingException", message: "Rate exceeded",
            statusCode: 400)
        let unavailable = AWSError(
            service: "RDS", operation: "DescribeExportTasks", code: "InternalFailure", message: nil, statusCode: 500)
        let script = Script([
            .success(Snapshot(status: "creating")), .failure(throttled), .failure(unavailable),
            .success(Snapshot(status: "available")),
        ])
        let clock = ManualClock()
        let progress = ProgressLog()
        let result = try await available.wait(
            clock: clock, random: { $0.upperBound }, progress: { progress.append($0) },
            poll: { try await script.next() })
        #expect(result?.status == "available")
        #expect(clock.sleeps == [15, 30, 60])
        #expect(progress.items.map(\.observation).dropFirst().allSatisfy { $0.contains("poll failed, trying again") })
        #expect(progress.items.last?.observation.contains("InternalFailure") == true)
    }

    @Test func transientPollFailuresUntilTheDeadlineEndInATimeout() async throws {
        let reset = AWSClientError.transport(
            service: "RDS", operation: "DescribeExportTasks",
            .curl(code: 56, kind: .sendOrReceive, message: "Connection reset by peer", url: "http://x"))
        let clock = ManualClock()
        let error = await #expect(throws: AWSClientError.self) {
            _ = try await available.wait(clock: clock, random: { $0.upperBound }, poll: { throw reset })
        }
        guard case .waiterTimedOut(_, let attempts, let seconds) = error else {
            Issue.record("expected a timeout, got \(String(describing: error))")
            return
        }
        #expect(attempts > 3)
        #expect(seconds <= 600)
    }

    @Test func pathAllAndPathAny() async throws {
        let all = Waiter<Snapshot>(
            name: "all", acceptors: [.init(.success, .pathAll({ $0.parts }, expected: "done"))], minDelaySeconds: 1,
            maxWaitSeconds: 30)
        let script = Script([
            .success(Snapshot(status: "", parts: [])), .success(Snapshot(status: "", parts: ["done", "running"])),
            .success(Snapshot(status: "", parts: ["done", "done"])),
        ])
        #expect(
            try await all.wait(clock: ManualClock(), poll: { try await script.next() })?.parts == ["done", "done"])
        let any = Waiter<Snapshot>(
            name: "any", acceptors: [.init(.failure, .pathAny({ $0.parts }, expected: "error"))], maxWaitSeconds: 30)
        let failing = Script([.success(Snapshot(status: "", parts: ["ok", "error"]))])
        // The failure acceptor itself, on the first poll: not a timeout, not an unmatched reply.
        await #expect(throws: AWSClientError.waiterFailed(name: "any", reason: "a failure state was reached")) {
            _ = try await any.wait(clock: ManualClock(), poll: { try await failing.next() })
        }
        #expect(await failing.polls == 1)
    }

    @Test func delayCeilingDoublesToTheMaximum() {
        #expect((1...6).map { available.ceiling(attempt: $0) } == [15, 30, 60, 120, 120, 120])
    }
}

/// Collects progress reports from the waiter's callback.
final class ProgressLog: @unchecked Sendable {
    // @unchecked Sendable: `reports` is only touched under `lock`.
    private let lock = NSLockBox()
    private var reports: [Waiter<WaiterTests.Snapshot>.Progress] = []

    func append(_ report: Waiter<WaiterTests.Snapshot>.Progress) { lock.run { reports.append(report) } }
    var items: [Waiter<WaiterTests.Snapshot>.Progress] { lock.run { reports } }
}
