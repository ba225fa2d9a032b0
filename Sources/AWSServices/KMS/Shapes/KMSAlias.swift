import Foundation

/// A key alias (`alias/lake-exports`), pointing at one key. `targetKeyId` is absent for some AWS
/// managed aliases whose key does not exist yet.
package struct KMSAlias: Sendable, Equatable, Decodable {
    package var aliasName: String
    package var aliasArn: String?
    package var targetKeyId: String?
    package var creationDate: Date?

    enum CodingKeys: String, CodingKey {
        case aliasName = "AliasName"
        case aliasArn = "AliasArn"
        case targetKeyId = "TargetKeyId"
        case creationDate = "CreationDate"
    }

    package init(aliasName: String, aliasArn: String? = nil, targetKeyId: String? = nil, creationDate: Date? = nil) {
        self.aliasName = aliasName
        self.aliasArn = aliasArn
        self.targetKeyId = targetKeyId
        self.creationDate = creationDate
    }
}

/// The ListAliases reply as sent; `nextMarker` is nil on the last page. Callers get it as a `Page`.
package struct KMSAliasReply: Sendable, Equatable, Decodable {
    package var aliases: [KMSAlias]
    package var nextMarker: String?
    package var truncated: Bool?

    enum CodingKeys: String, CodingKey {
        case aliases = "Aliases"
        case nextMarker = "NextMarker"
        case truncated = "Truncated"
    }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        aliases = try container.decodeIfPresent([KMSAlias].self, forKey: .aliases) ?? []
        truncated = try container.decodeIfPresent(Bool.self, forKey: .truncated)
        let marker = try container.decodeIfPresent(String.self, forKey: .nextMarker)
        nextMarker = truncated == false ? nil : marker
    }
}

/// A KMS tag (`TagKey` / `TagValue`, unlike IAM's `Key` / `Value`).
package struct KMSTag: Sendable, Equatable, Codable {
    package var tagKey: String
    package var tagValue: String

    enum CodingKeys: String, CodingKey {
        case tagKey = "TagKey"
        case tagValue = "TagValue"
    }

    package init(_ key: String, _ value: String) {
        tagKey = key
        tagValue = value
    }

    package static let managedByLakectl = KMSTag("managed-by", "lakectl")
}
