/// What GetResourceLFTags answers: the tags on a database, on a table, and on each of the table's columns.
package struct LFResourceTags: Decodable, Sendable, Equatable {
    package struct ColumnTags: Decodable, Sendable, Equatable {
        package var name: String
        package var tags: [LFTagPair]
        enum CodingKeys: String, CodingKey { case name = "Name", tags = "LFTags" }
        package init(name: String, tags: [LFTagPair]) {
            self.name = name
            self.tags = tags
        }
    }

    package var database: [LFTagPair]
    package var table: [LFTagPair]
    package var columns: [ColumnTags]

    package init(database: [LFTagPair] = [], table: [LFTagPair] = [], columns: [ColumnTags] = []) {
        self.database = database
        self.table = table
        self.columns = columns
    }

    enum CodingKeys: String, CodingKey {
        case database = "LFTagOnDatabase", table = "LFTagsOnTable", columns = "LFTagsOnColumns"
    }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        database = try c.decodeIfPresent([LFTagPair].self, forKey: .database) ?? []
        table = try c.decodeIfPresent([LFTagPair].self, forKey: .table) ?? []
        columns = try c.decodeIfPresent([ColumnTags].self, forKey: .columns) ?? []
    }
}

/// One tag AddLFTagsToResource or RemoveLFTagsFromResource could not apply (API_LFTagError).
package struct LFTagFailure: Decodable, Sendable, Equatable {
    package var tag: LFTagPair?
    package var errorCode: String?
    package var errorMessage: String?

    enum CodingKeys: String, CodingKey { case tag = "LFTag", error = "Error" }
    private struct Detail: Decodable { var ErrorCode: String?; var ErrorMessage: String? }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        tag = try c.decodeIfPresent(LFTagPair.self, forKey: .tag)
        let detail = try c.decodeIfPresent(Detail.self, forKey: .error)
        errorCode = detail?.ErrorCode
        errorMessage = detail?.ErrorMessage
    }
}
