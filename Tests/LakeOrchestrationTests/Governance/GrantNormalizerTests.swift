import AWSServices
import Foundation
import Testing

@testable import LakeOrchestration

/// The normal form, on ListPermissions replies in Lake Formation's own reply format (fields such as
/// `AdditionalDetails`, `LastUpdated` and `LastUpdatedBy` included), shaped as the Terraform drift issues report
/// them (AWS-NOTES A4: hashicorp/terraform-provider-aws#49453, #20108).
@Suite struct GrantNormalizerTests {
    static let analyst = "arn:aws:iam::111122223333:role/analyst"

    static func decode(_ json: String) throws -> [LFPrincipalPermissions] {
        struct Reply: Decodable { var PrincipalResourcePermissions: [LFPrincipalPermissions] }
        return try JSONDecoder().decode(Reply.self, from: Data(json.utf8)).PrincipalResourcePermissions
    }

    /// GrantPermissions ALL on a table: LF lists ALL with its expansion, plus a hidden column-wildcard SELECT.
    static let allOnTable = """
        {"PrincipalResourcePermissions": [
          {"Principal": {"DataLakePrincipalIdentifier": "\(analyst)"},
           "Resource": {"Table": {"CatalogId": "111122223333", "DatabaseName": "shop", "Name": "orders"}},
           "Permissions": ["ALL", "ALTER", "DELETE", "DESCRIBE", "DROP", "INSERT"],
           "PermissionsWithGrantOption": [], "AdditionalDetails": {}, "LastUpdated": 1.7e9,
           "LastUpdatedBy": "arn:aws:iam::111122223333:user/admin"},
          {"Principal": {"DataLakePrincipalIdentifier": "\(analyst)"},
           "Resource": {"TableWithColumns": {"CatalogId": "111122223333", "DatabaseName": "shop", "Name": "orders",
                        "ColumnWildcard": {}}},
           "Permissions": ["SELECT"], "PermissionsWithGrantOption": [], "LastUpdated": 1.7e9}
        ]}
        """

    @Test func anAllGrantFoldsItsExpansionAndHiddenColumnWildcardSelect() throws {
        let rows = GrantNormalizer.normalise(try Self.decode(Self.allOnTable))
        #expect(
            rows == [
                NormalGrant(
                    principal: Self.analyst, resource: .table(database: "shop", name: "orders"), permission: "ALL",
                    grantable: false)
            ])
        #expect(rows.first?.source?.table?.name == "orders")
    }

    /// SELECT granted on a table may come back as a TableWithColumns with a bare column wildcard.
    @Test func selectOnAllColumnsIsATableGrantWhicheverFormLfAnswers() throws {
        let asColumns = try Self.decode(
            """
            {"PrincipalResourcePermissions": [
              {"Principal": {"DataLakePrincipalIdentifier": "\(Self.analyst)"},
               "Resource": {"TableWithColumns": {"CatalogId": "111122223333", "DatabaseName": "shop", "Name": "orders",
                            "ColumnWildcard": {"ExcludedColumnNames": []}}},
               "Permissions": ["SELECT"], "PermissionsWithGrantOption": ["SELECT"]}
            ]}
            """)
        let asTable = try Self.decode(
            """
            {"PrincipalResourcePermissions": [
              {"Principal": {"DataLakePrincipalIdentifier": "\(Self.analyst)"},
               "Resource": {"Table": {"CatalogId": "111122223333", "DatabaseName": "shop", "Name": "orders"}},
               "Permissions": ["SELECT"], "PermissionsWithGrantOption": ["SELECT"]}
            ]}
            """)
        let a = GrantNormalizer.normalise(asColumns)
        #expect(a == GrantNormalizer.normalise(asTable))
        #expect(a.map(\.resource) == [.table(database: "shop", name: "orders")])
        #expect(a.map(\.grantable) == [true])
        // Revoking names the grant as Lake Formation stored it.
        #expect(a.first?.source?.tableWithColumns != nil)
    }

    @Test func columnListsExclusionsFiltersAndGrantOptionOnlyPermissionsStayDistinct() throws {
        let rows = GrantNormalizer.normalise(
            try Self.decode(
                """
                {"PrincipalResourcePermissions": [
                  {"Principal": {"DataLakePrincipalIdentifier": "\(Self.analyst)"},
                   "Resource": {"TableWithColumns": {"DatabaseName": "shop", "Name": "orders",
                                "ColumnWildcard": {"ExcludedColumnNames": ["email"]}}},
                   "Permissions": ["SELECT"], "PermissionsWithGrantOption": []},
                  {"Principal": {"DataLakePrincipalIdentifier": "\(Self.analyst)"},
                   "Resource": {"TableWithColumns": {"DatabaseName": "shop", "Name": "orders",
                                "ColumnNames": ["id", "amount"]}},
                   "Permissions": ["SELECT"], "PermissionsWithGrantOption": []},
                  {"Principal": {"DataLakePrincipalIdentifier": "\(Self.analyst)"},
                   "Resource": {"DataCellsFilter": {"TableCatalogId": "111122223333", "DatabaseName": "shop",
                                "TableName": "orders", "Name": "kr"}},
                   "Permissions": ["SELECT"], "PermissionsWithGrantOption": []},
                  {"Principal": {"DataLakePrincipalIdentifier": "IAM_ALLOWED_PRINCIPALS"},
                   "Resource": {"Database": {"CatalogId": "111122223333", "Name": "shop"}},
                   "Permissions": [], "PermissionsWithGrantOption": ["CREATE_TABLE"]}
                ]}
                """))
        #expect(rows.count == 4)
        #expect(
            rows.map(\.resource).contains(.columns(database: "shop", table: "orders", .exclude(["email"]))))
        #expect(
            rows.map(\.resource).contains(.columns(database: "shop", table: "orders", .include(["id", "amount"]))))
        #expect(rows.map(\.resource).contains(.filter(database: "shop", table: "orders", name: "kr")))
        let grantOnly = try #require(rows.first { $0.principal == "IAM_ALLOWED_PRINCIPALS" })
        #expect(grantOnly.permission == "CREATE_TABLE" && grantOnly.grantable)
    }

    @Test func duplicatesMergeKeepingTheGrantOption() throws {
        let entry = { (grantable: [String]) in
            LFPrincipalPermissions(
                principal: LFPrincipal(Self.analyst), resource: LFResource(database: .init(name: "shop")),
                permissions: ["DESCRIBE"], permissionsWithGrantOption: grantable)
        }
        let rows = GrantNormalizer.normalise([entry([]), entry(["DESCRIBE"])])
        #expect(
            rows == [
                NormalGrant(
                    principal: Self.analyst, resource: .database("shop"), permission: "DESCRIBE", grantable: true)
            ])
    }

    @Test func coversHonoursAllAndTheGrantOption() {
        let table = GrantedResource.table(database: "shop", name: "orders")
        let all = NormalGrant(principal: "p", resource: table, permission: "ALL", grantable: false)
        let select = NormalGrant(principal: "p", resource: table, permission: "SELECT", grantable: false)
        let grantableSelect = NormalGrant(principal: "p", resource: table, permission: "SELECT", grantable: true)
        #expect(all.covers(select))
        #expect(!all.covers(grantableSelect))
        #expect(grantableSelect.covers(select))
        #expect(!select.covers(all))
    }
}
