import AWSServices
import Testing

@testable import LakeOrchestration

/// `KEY=V1,V2` parsing and the normal form of tag expressions and of LF-tag-policy grants.
@Suite struct TagKeyValuesTests {
    @Test func parsesKeyAndSortedUniqueValues() throws {
        let tag = try TagKeyValues.parse(" team = sales, ops ,sales")
        #expect(tag.key == "team" && tag.values == ["ops", "sales"])
        #expect(tag.description == "team=ops,sales")
    }

    @Test(arguments: ["team", "=sales", "team=", "team=,"])
    func refusesATagWithoutKeyOrValue(text: String) {
        #expect(throws: GovernanceError.self) { try TagKeyValues.parse(text) }
    }

    @Test func anExpressionIsTheSameWhateverTheOrderOfItsConditionsAndValues() throws {
        let one = GrantTarget.tags(
            [try .parse("tier=gold"), try .parse("team=sales,ops")], databases: false)
        let two = GrantTarget.tags(
            [try .parse("team=ops"), try .parse("tier=gold"), try .parse("team=sales")], databases: false)
        #expect(one == two)
        guard case .tags(let type, let expression) = one else { return }
        #expect(type == "TABLE" && expression.map(\.description) == ["team=ops,sales", "tier=gold"])
    }

    @Test func aListedTagPolicyNormalisesToTheGrantedResource() {
        let listed = LFPrincipalPermissions(
            principal: LFPrincipal("p"),
            resource: LFResource(
                lfTagPolicy: LFTagPolicy(
                    resourceType: "TABLE",
                    expression: [
                        LFTagPair(tagKey: "tier", tagValues: ["gold"]),
                        LFTagPair(tagKey: "team", tagValues: ["sales", "ops"]),
                    ])), permissions: ["SELECT"])
        let rows = GrantNormalizer.normalise([listed])
        #expect(rows.map(\.resource) == [.tagPolicy(resourceType: "TABLE", expression: "team=ops,sales;tier=gold")])
        #expect(rows.first?.resource.name == "tables tagged team=ops,sales;tier=gold")
    }

    @Test func aRowFilterOnATagGrantIsRefused() throws {
        let request = GrantRequest(
            principal: "p", target: .tags([try .parse("team=sales")], databases: false), rowFilter: "a = 1",
            permissions: ["SELECT"])
        #expect(throws: GovernanceError.self) { try request.validate() }
    }
}
