/// `query history` and `usage` could not read every query the workgroup lists: printing the rest would
/// under-count what was run and what it cost, so the command stops and says which ids and why.
package struct UnansweredQueriesError: Error, Sendable, Equatable, CustomStringConvertible {
    package var workgroup: String
    /// The ids BatchGetQueryExecution still left unprocessed after its retries.
    package var queryIds: [String]
    /// Athena's ErrorCode and ErrorMessage for the first of them.
    package var reason: String

    package var description: String {
        let shown = queryIds.prefix(3).joined(separator: ", ") + (queryIds.count > 3 ? ", …" : "")
        return
            "Athena did not answer for \(queryIds.count) quer\(queryIds.count == 1 ? "y" : "ies") of workgroup \(workgroup) (\(shown)): \(reason); run the command again"
    }
}
