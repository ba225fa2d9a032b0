import Foundation

/// One SQL statement to run on Athena, with where to run it and where its result goes.
package struct QueryRequest: Sendable, Equatable {
    package var sql: String
    package var database: String?
    package var workgroup: String?
    /// `s3://bucket/prefix/` for the result CSV; nil uses the workgroup's.
    package var outputLocation: String?
    /// Values for the `?` placeholders, in order, as SQL literals (Athena's ExecutionParameters).
    package var parameters: [String]
    /// Made once per request, so a start the client retries runs the query once (AWS-NOTES B5).
    package var clientRequestToken: String
    /// Reuse an identical query's result at most this many minutes old (`--reuse`); nil runs afresh.
    package var reuseMinutes: Int?

    package init(
        sql: String, database: String? = nil, workgroup: String? = nil, outputLocation: String? = nil,
        parameters: [String] = [], clientRequestToken: String = UUID().uuidString, reuseMinutes: Int? = nil
    ) {
        self.sql = sql
        self.database = database
        self.workgroup = workgroup
        self.outputLocation = outputLocation
        self.parameters = parameters
        self.clientRequestToken = clientRequestToken
        self.reuseMinutes = reuseMinutes
    }
}
