import AWSServices
import Testing

@testable import LakeOrchestration

@Suite struct BatchReplyTests {
    static let sent = (1...5).map { StreamRecord(line: $0 * 10, bytes: Array("{\"n\":\($0)}\n".utf8)) }

    @Test func aRecordedPartialFailureNamesOnlyTheFailedRecordsInOrder() throws {
        let reply = try RecordedReplies.decode(RecordedReplies.partialFailure)
        #expect(reply.failedPutCount == 2)
        let failed = BatchReply.failed(Self.sent, reply)
        #expect(failed.map(\.record.line) == [20, 40])
        #expect(failed.map(\.code) == ["ServiceUnavailableException", "InternalFailure"])
    }

    @Test func aFullSuccessResendsNothing() throws {
        #expect(BatchReply.failed(Self.sent, try RecordedReplies.reply(count: 5, failing: [])).isEmpty)
    }

    @Test func aReplyWhoseCountDiffersResendsTheWholeBatch() throws {
        let failed = BatchReply.failed(Self.sent, try RecordedReplies.reply(count: 4, failing: []))
        #expect(failed.map(\.record.line) == [10, 20, 30, 40, 50])
    }
}
