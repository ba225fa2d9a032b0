/// How much a query read and wrote (API_QueryRuntimeStatistics, the `Rows` part): what explains its cost
/// and size beyond DataScannedInBytes.
package struct AthenaRuntimeStatistics: Decodable, Sendable, Equatable {
    package var inputRows: Int64?
    package var inputBytes: Int64?
    package var outputRows: Int64?
    package var outputBytes: Int64?

    package init(inputRows: Int64? = nil, inputBytes: Int64? = nil, outputRows: Int64? = nil, outputBytes: Int64? = nil)
    {
        self.inputRows = inputRows
        self.inputBytes = inputBytes
        self.outputRows = outputRows
        self.outputBytes = outputBytes
    }

    private struct Rows: Decodable {
        var InputRows: Int64?
        var InputBytes: Int64?
        var OutputRows: Int64?
        var OutputBytes: Int64?
    }
    private struct Statistics: Decodable { var Rows: Rows? }
    enum CodingKeys: String, CodingKey { case statistics = "QueryRuntimeStatistics" }

    package init(from decoder: any Decoder) throws {
        let rows = try decoder.container(keyedBy: CodingKeys.self)
            .decodeIfPresent(Statistics.self, forKey: .statistics)?.Rows
        inputRows = rows?.InputRows
        inputBytes = rows?.InputBytes
        outputRows = rows?.OutputRows
        outputBytes = rows?.OutputBytes
    }
}
