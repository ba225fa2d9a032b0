import AWSServices
import Foundation
import LakeConfig
import Testing

@testable import LakeOrchestration

@Suite struct LakeFileKeysTests {
    static func live(description: String?) throws -> KeyMetadata {
        let json = """
            {"KeyId": "k1", "Arn": "arn:aws:kms:us-east-1:123456789012:key/k1", "Enabled": true,
             "KeyState": "Enabled"\(description.map { ", \"Description\": \"\($0)\"" } ?? "")}
            """
        return try JSONDecoder().decode(KeyMetadata.self, from: Data(json.utf8))
    }

    @Test func theExampleKeyIsCreatedByAliasThenOnlyItsDescriptionIsCompared() throws {
        let lake = try LakeFileLoader.parse(LakeFileExample.text, file: "lake.yaml")
        let key = try #require(LakeFileKeys.desired(lake, account: "123456789012").first)
        #expect(key.alias == "alias/shop-lake" && key.tags == ["managed-by": "lakectl", "project": "shop-lake"])
        let create = LakeFileKeys.change(key, live: nil)
        #expect(create.action == .create && create.kind == "kms key" && create.id == "alias/shop-lake")
        #expect(create.fields == [FieldChange("description", old: nil, new: "data at rest in the shop lake")])
        #expect(
            LakeFileKeys.change(key, live: try Self.live(description: "data at rest in the shop lake")).action == .noop)
        let update = LakeFileKeys.change(key, live: try Self.live(description: nil))
        #expect(update.action == .update)
        #expect(update.fields == [FieldChange("description", old: nil, new: "data at rest in the shop lake")])
        var undescribed = key
        undescribed.description = nil
        #expect(LakeFileKeys.change(undescribed, live: try Self.live(description: "someone's")).action == .noop)
    }
}
