import Foundation

/// An execution's state, why it ended that way, and when (API_QueryExecutionStatus).
package struct AthenaQueryStatus: Decodable, Sendable, Equatable {
    package var state: AthenaQueryState
    /// Athena's reason for FAILED (the engine's message) or CANCELLED.
    package var stateChangeReason: String?
    package var submissionDateTime: Date?
    package var completionDateTime: Date?

    package init(
        state: AthenaQueryState, stateChangeReason: String? = nil, submissionDateTime: Date? = nil,
        completionDateTime: Date? = nil
    ) {
        self.state = state
        self.stateChangeReason = stateChangeReason
        self.submissionDateTime = submissionDateTime
        self.completionDateTime = completionDateTime
    }

    enum CodingKeys: String, CodingKey {
        case state = "State", stateChangeReason = "StateChangeReason"
        case submissionDateTime = "SubmissionDateTime", completionDateTime = "CompletionDateTime"
    }
}
