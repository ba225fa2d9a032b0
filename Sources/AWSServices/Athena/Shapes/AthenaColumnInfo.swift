/// One result column as Athena describes it (API_ColumnInfo): its Athena type name (`varchar`, `bigint`,
/// `decimal` with precision and scale, `array`, `row`…) tells how to read the column's text values.
package struct AthenaColumnInfo: Decodable, Sendable, Equatable {
    package var name: String
    package var type: String
    package var precision: Int?
    package var scale: Int?

    package init(name: String, type: String, precision: Int? = nil, scale: Int? = nil) {
        self.name = name
        self.type = type
        self.precision = precision
        self.scale = scale
    }

    enum CodingKeys: String, CodingKey {
        case name = "Name", type = "Type", precision = "Precision", scale = "Scale"
    }
}
