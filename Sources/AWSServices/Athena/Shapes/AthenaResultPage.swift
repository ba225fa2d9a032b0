/// One page of GetQueryResults: the column descriptions and the rows as text, a missing value (SQL NULL)
/// as nil. For SELECTs the first page's first row is the header.
package struct AthenaResultPage: Decodable, Sendable, Equatable {
    package var columns: [AthenaColumnInfo]
    package var rows: [[String?]]
    package var nextToken: String?

    package init(columns: [AthenaColumnInfo], rows: [[String?]], nextToken: String? = nil) {
        self.columns = columns
        self.rows = rows
        self.nextToken = nextToken
    }

    private struct Datum: Decodable { var VarCharValue: String? }
    private struct Row: Decodable { var Data: [Datum]? }
    private struct Metadata: Decodable { var ColumnInfo: [AthenaColumnInfo]? }
    private struct ResultSet: Decodable { var Rows: [Row]?; var ResultSetMetadata: Metadata? }

    enum CodingKeys: String, CodingKey { case resultSet = "ResultSet", nextToken = "NextToken" }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let set = try c.decodeIfPresent(ResultSet.self, forKey: .resultSet)
        columns = set?.ResultSetMetadata?.ColumnInfo ?? []
        rows = (set?.Rows ?? []).map { ($0.Data ?? []).map(\.VarCharValue) }
        let token = try c.decodeIfPresent(String.self, forKey: .nextToken)
        nextToken = token.flatMap { $0.isEmpty ? nil : $0 }
    }
}
