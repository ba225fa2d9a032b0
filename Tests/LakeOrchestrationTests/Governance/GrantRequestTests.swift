import Testing

@testable import LakeOrchestration

@Suite struct GrantRequestTests {
    @Test func theDefaultFilterNameIsDeterministicAndDiffersPerPrincipalAndTable() {
        let a = GrantRequest.defaultFilterName(
            principal: "arn:aws:iam::111122223333:role/team-kr", database: "shop", table: "orders")
        #expect(
            a
                == GrantRequest.defaultFilterName(
                    principal: "arn:aws:iam::111122223333:role/team-kr", database: "shop", table: "orders"))
        #expect(a.hasPrefix("lakectl_team-kr_orders_"))
        #expect(
            a
                != GrantRequest.defaultFilterName(
                    principal: "arn:aws:iam::999999999999:role/team-kr", database: "shop", table: "orders"))
        #expect(
            a
                != GrantRequest.defaultFilterName(
                    principal: "arn:aws:iam::111122223333:role/team-kr", database: "shop", table: "customers"))
    }

    @Test(arguments: [
        GrantRequest(
            principal: "p", target: .database("shop"), columns: .include(["id"]), permissions: ["SELECT"]),
        GrantRequest(
            principal: "p", target: .table(database: "shop", name: "orders"), rowFilter: "id > 1",
            permissions: ["SELECT", "DESCRIBE"]),
        GrantRequest(principal: "p", target: .table(database: "shop", name: "orders"), permissions: []),
    ])
    func inconsistentRequestsAreRefusedBeforeAnyCall(request: GrantRequest) {
        #expect(throws: GovernanceError.self) { try request.validate() }
    }

    @Test func permissionsAreUpperCased() throws {
        let request = GrantRequest(
            principal: "p", target: .table(database: "shop", name: "orders"), rowFilter: "id > 1",
            permissions: ["select"])
        #expect(request.permissions == ["SELECT"])
        try request.validate()
    }

    @Test func tableNamesMustBeDatabaseDotTable() throws {
        #expect(try GrantTarget.parseTable("shop.orders") == .table(database: "shop", name: "orders"))
        for bad in ["orders", "shop.", ".orders", "a.b.c"] {
            #expect(throws: GovernanceError.self) { try GrantTarget.parseTable(bad) }
        }
    }

    @Test func locationsAreRegisteredByThemselvesOrAParentFolder() {
        #expect(LakeGovernance.s3Arn("s3://lake/shop/orders/") == "arn:aws:s3:::lake/shop/orders")
        #expect(LakeGovernance.s3Arn("file:///tmp") == nil)
        let registered = ["arn:aws:s3:::lake/shop"]
        #expect(LakeGovernance.isRegistered("arn:aws:s3:::lake/shop/orders", in: registered))
        #expect(LakeGovernance.isRegistered("arn:aws:s3:::lake/shop", in: registered))
        #expect(!LakeGovernance.isRegistered("arn:aws:s3:::lake/shopping/orders", in: registered))
        #expect(!LakeGovernance.isRegistered("arn:aws:s3:::lake/other", in: registered))
    }
}
