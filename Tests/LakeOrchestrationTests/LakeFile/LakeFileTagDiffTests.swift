import LakeConfig
import Testing

@testable import LakeOrchestration

@Suite struct LakeFileTagDiffTests {
    @Test func aTagIsCreatedThenUpdatedToExactlyTheFileValuesInAnyOrder() {
        let (created, step) = LakeFileTagDiff.tag(key: "sensitivity", values: ["pii", "public"], live: nil)
        #expect(created.action == .create && created.fields == [FieldChange("values", old: nil, new: "pii,public")])
        #expect(step == .ensureTag(key: "sensitivity", values: ["pii", "public"]))
        #expect(
            LakeFileTagDiff.tag(key: "sensitivity", values: ["pii", "public"], live: ["public", "pii"]).0.action
                == .noop)
        let (updated, _) = LakeFileTagDiff.tag(key: "sensitivity", values: ["pii", "public"], live: ["public", "x"])
        #expect(
            updated.action == .update && updated.fields == [FieldChange("values", old: "public,x", new: "pii,public")])
    }

    @Test func anAssignmentNamesOnlyTheTagsNotCarriedYet() {
        let held = [
            TagAssignment(resource: "shop.customers.email", key: "sensitivity", value: "pii"),
            TagAssignment(resource: "shop.customers.phone", key: "sensitivity", value: "public"),
        ]
        let (change, step) = LakeFileTagDiff.assignment(
            database: "shop", table: "customers", columns: ["email", "phone"], tags: ["sensitivity": ["pii"]],
            held: held)
        #expect(change.action == .update && change.id == "shop.customers columns email,phone")
        #expect(
            change.fields == [FieldChange("tags", old: "sensitivity=pii,sensitivity=public", new: "sensitivity=pii")])
        #expect(
            step
                == .assignTags(
                    database: "shop", table: "customers", columns: ["email", "phone"], tags: ["sensitivity": ["pii"]]))
        let carried = LakeFileTagDiff.assignment(
            database: "shop", table: "customers", columns: ["email"], tags: ["sensitivity": ["pii"]], held: held)
        #expect(carried.0.action == .noop && carried.1 == .none)
        let table = LakeFileTagDiff.assignment(
            database: "shop", table: "orders", columns: nil, tags: ["sensitivity": ["public"]], held: [])
        #expect(table.0.action == .create && table.0.id == "shop.orders")
    }

    @Test func theExampleWorkgroupIsAWorkgroupSpecWithTheAccountSubstituted() throws {
        let lake = try LakeFileLoader.parse(LakeFileExample.text, file: "lake.yaml")
        let spec = LakeFileWorkgroups.spec(try #require(lake.workgroups.first), lake: lake, account: "123456789012")
        #expect(
            spec
                == WorkgroupSpec(
                    name: "analysts", outputLocation: "s3://shop-athena-results-123456789012/analysts/",
                    bytesScannedCutoff: 10_000_000_000, enforce: true))
    }
}
