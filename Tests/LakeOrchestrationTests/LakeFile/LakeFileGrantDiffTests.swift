import AWSServices
import Testing

@testable import LakeOrchestration

/// The grants diff of a lake-file plan, on grants as Lake Formation lists them (through `GrantNormalizer`).
@Suite struct LakeFileGrantDiffTests {
    static let analyst = "arn:aws:iam::123456789012:role/analyst"
    static let other = "arn:aws:iam::123456789012:role/other"

    static func listed(_ principal: String, _ resource: LFResource, _ permissions: [String]) -> LFPrincipalPermissions {
        LFPrincipalPermissions(principal: LFPrincipal(principal), resource: resource, permissions: permissions)
    }

    static func diff(_ desired: [DesiredGrant], _ live: [LFPrincipalPermissions], prune: Bool = false)
        -> [PlannedChange]
    {
        LakeFileGrantDiff.changes(
            desired: desired, live: GrantNormalizer.normalise(live), prune: prune, prunable: { _ in true },
            forced: { $0.principal == "IAM_ALLOWED_PRINCIPALS" }
        ).map(\.0)
    }

    @Test func selectOnAllColumnsListedAsTableWithColumnsIsNoChange() {
        let live = [
            Self.listed(
                Self.analyst,
                LFResource(
                    tableWithColumns: .init(databaseName: "shop", name: "orders", columnWildcard: LFColumnWildcard())),
                ["SELECT"])
        ]
        let changes = Self.diff(
            [DesiredGrant(principal: Self.analyst, database: "shop", table: "orders", permissions: ["SELECT"])], live)
        #expect(changes.map(\.action) == [.noop])
    }

    @Test func allWithItsHiddenColumnWildcardIsNoChange() {
        let live = [
            Self.listed(Self.analyst, LFResource(table: .init(databaseName: "shop", name: "orders")), ["ALL"]),
            Self.listed(
                Self.analyst,
                LFResource(
                    tableWithColumns: .init(databaseName: "shop", name: "orders", columnWildcard: LFColumnWildcard())),
                ["SELECT"]),
        ]
        let desired = [DesiredGrant(principal: Self.analyst, database: "shop", table: "orders", permissions: ["ALL"])]
        #expect(Self.diff(desired, live, prune: true).map(\.action) == [.noop])
    }

    @Test func missingPermissionsAreCreatedWithWhatIsHeld() {
        let live = [Self.listed(Self.analyst, LFResource(database: .init(name: "shop")), ["DESCRIBE"])]
        let desired = [
            DesiredGrant(principal: Self.analyst, database: "shop", permissions: ["DESCRIBE", "CREATE_TABLE"])
        ]
        let changes = Self.diff(desired, live)
        #expect(changes.count == 1 && changes[0].action == .create)
        #expect(changes[0].fields == [FieldChange("permissions", old: "DESCRIBE", new: "CREATE_TABLE")])
        #expect(changes[0].id == "\(Self.analyst) on database shop")
    }

    @Test func grantsNotInTheFileAreDeletedOnlyWithPrune() {
        let live = [Self.listed(Self.other, LFResource(table: .init(databaseName: "shop", name: "orders")), ["SELECT"])]
        #expect(Self.diff([], live).isEmpty)
        let pruned = Self.diff([], live, prune: true)
        #expect(pruned.map(\.action) == [.delete])
        #expect(pruned.first?.fields == [FieldChange("permissions", old: "SELECT", new: nil)])
    }

    @Test func iamAllowedPrincipalsOnAGovernedDatabaseIsRevokedWithoutPrune() {
        let live = [Self.listed("IAM_ALLOWED_PRINCIPALS", LFResource(database: .init(name: "shop")), ["ALL"])]
        let changes = LakeFileGrantDiff.changes(
            desired: [], live: GrantNormalizer.normalise(live), prune: false, prunable: { _ in false },
            forced: { $0.principal == "IAM_ALLOWED_PRINCIPALS" })
        #expect(changes.map(\.0.action) == [.delete])
        if case .revoke(let principal, let resource, let permissions) = changes.first?.1 {
            #expect(
                principal == "IAM_ALLOWED_PRINCIPALS" && resource.database?.name == "shop" && permissions == ["ALL"])
        } else {
            Issue.record("expected a revoke step")
        }
    }

    @Test func aFilterGrantIsComparedOnTheFilter() {
        let filter = LFDataCellsFilterId(
            tableCatalogId: "123456789012", databaseName: "shop", tableName: "orders", name: "t__shop__orders")
        let live = [Self.listed(Self.analyst, LFResource(dataCellsFilter: filter), ["SELECT"])]
        let desired = [
            DesiredGrant(
                principal: Self.analyst, database: "shop", table: "orders", filter: "t__shop__orders",
                permissions: ["SELECT"])
        ]
        #expect(Self.diff(desired, live, prune: true).map(\.action) == [.noop])
        let plain = [DesiredGrant(principal: Self.analyst, database: "shop", table: "orders", permissions: ["SELECT"])]
        #expect(Self.diff(plain, live, prune: true).map(\.action) == [.create, .delete])
    }
}
