import AWSCore
import Foundation
import LakeTestSupport
import Testing

@testable import AWSServices

/// Lake Formation against the emulator (signature checking on): moto's grants plus the gap layer's data cells
/// filters, ListPermissions by filter resource, grant option in batches and refusal to revoke the never-granted.
@Suite struct LakeFormationEmulatorTests {
    struct Fixture {
        let lf: LakeFormationClient
        let database: String
        let account: String
        let principal = LFPrincipal("arn:aws:iam::123456789012:role/\(EmulatorClient.uniqueName("analyst"))")

        static func make() async throws -> Fixture {
            let client = try EmulatorClient.make()
            let glue = GlueClient(client: client)
            let database = EmulatorClient.uniqueName("lf").replacingOccurrences(of: "-", with: "_")
            try await glue.createDatabase(GlueDatabaseInput(name: database))
            let columns = [
                GlueColumn(name: "id", type: "bigint"), GlueColumn(name: "country", type: "string"),
                GlueColumn(name: "amount", type: "double"),
            ]
            try await glue.createTable(
                database: database,
                GlueTableInput(
                    name: "orders", storageDescriptor: .parquet(columns: columns, location: "s3://lake/orders/")))
            let account = try await STSClient(client: client).getCallerIdentity().account
            return Fixture(lf: LakeFormationClient(client: client), database: database, account: account)
        }

        func filter(_ name: String, expression: String? = "country = 'KR'", columns: [String]? = ["id", "amount"])
            -> LFDataCellsFilter
        {
            LFDataCellsFilter(
                id: id(name),
                rowFilter: expression.map { .init(filterExpression: $0) } ?? .init(allRowsWildcard: LFEmptyObject()),
                columnNames: columns, columnWildcard: columns == nil ? LFColumnWildcard() : nil)
        }

        func id(_ name: String) -> LFDataCellsFilterId {
            LFDataCellsFilterId(tableCatalogId: account, databaseName: database, tableName: "orders", name: name)
        }
    }

    @Test func dataCellsFilterLifecycle() async throws {
        let f = try await Fixture.make()
        try await f.lf.createDataCellsFilter(f.filter("kr"))
        let got = try await f.lf.getDataCellsFilter(f.id("kr"))
        #expect(got.rowFilter?.filterExpression == "country = 'KR'")
        #expect(got.columnNames == ["id", "amount"])
        #expect(got.versionId != nil)

        let again = await #expect(throws: AWSError.self) { try await f.lf.createDataCellsFilter(f.filter("kr")) }
        #expect(again?.hasCode(LakeFormationClient.ErrorCode.alreadyExists) == true)

        try await f.lf.updateDataCellsFilter(f.filter("kr", expression: nil, columns: nil))
        let updated = try await f.lf.getDataCellsFilter(f.id("kr"))
        #expect(updated.rowFilter?.allRowsWildcard != nil && updated.columnWildcard != nil)

        try await f.lf.createDataCellsFilter(f.filter("second"))
        let table = LFResource.Table(databaseName: f.database, name: "orders")
        let firstPage = try await f.lf.listDataCellsFilter(table: table, maxResults: 1)
        #expect(firstPage.items.count == 1 && firstPage.nextToken != nil)
        let all = try await f.lf.listDataCellsFilterPages(table: table, maxResults: 1).collect().flatMap(\.items)
        #expect(all.map(\.name) == ["kr", "second"])

        try await f.lf.deleteDataCellsFilter(f.id("kr"))
        let gone = await #expect(throws: AWSError.self) { try await f.lf.getDataCellsFilter(f.id("kr")) }
        #expect(gone?.hasCode(LakeFormationClient.ErrorCode.entityNotFound) == true)
    }

    @Test func filterValidationRefusesBothColumnFormsAndUnknownColumns() async throws {
        let f = try await Fixture.make()
        var both = f.filter("both")
        both.columnWildcard = LFColumnWildcard()
        let error = await #expect(throws: AWSError.self) { try await f.lf.createDataCellsFilter(both) }
        #expect(error?.hasCode(LakeFormationClient.ErrorCode.invalidInput) == true)
        let unknown = await #expect(throws: AWSError.self) {
            try await f.lf.createDataCellsFilter(f.filter("unknown", columns: ["nope"]))
        }
        #expect(unknown?.hasCode(LakeFormationClient.ErrorCode.invalidInput) == true)
        var noRows = f.filter("norows")
        noRows.rowFilter = nil
        await #expect(throws: AWSError.self) { try await f.lf.createDataCellsFilter(noRows) }
    }

    @Test func grantsOnFiltersListByFilterAndRevokeRefusesTheNeverGranted() async throws {
        let f = try await Fixture.make()
        try await f.lf.createDataCellsFilter(f.filter("kr"))
        let onFilter = LFResource(dataCellsFilter: f.id("kr"))
        try await f.lf.grantPermissions(
            LFPrincipalPermissions(principal: f.principal, resource: onFilter, permissions: ["SELECT"]))
        let listed = try await f.lf.listPermissions(resource: onFilter).items
        #expect(listed.map(\.principal) == [f.principal])
        #expect(listed.first?.permissions == ["SELECT"])

        let table = LFResource(table: .init(databaseName: f.database, name: "orders"))
        let failures = try await f.lf.batchGrantPermissions([
            LFPrincipalPermissions(
                principal: f.principal, resource: table, permissions: ["DESCRIBE"],
                permissionsWithGrantOption: ["DESCRIBE"])
        ])
        #expect(failures.isEmpty)
        let onTable = try await f.lf.listPermissions(principal: f.principal, resource: table).items
        #expect(onTable.first?.permissionsWithGrantOption == ["DESCRIBE"])

        let never = await #expect(throws: AWSError.self) {
            try await f.lf.revokePermissions(
                LFPrincipalPermissions(principal: f.principal, resource: table, permissions: ["ALTER"]))
        }
        #expect(never?.hasCode(LakeFormationClient.ErrorCode.invalidInput) == true)
        let revokeFailures = try await f.lf.batchRevokePermissions([
            LFPrincipalPermissions(principal: f.principal, resource: table, permissions: ["DROP"])
        ])
        #expect(revokeFailures.map(\.errorCode) == ["InvalidInputException"])
        try await f.lf.revokePermissions(
            LFPrincipalPermissions(principal: f.principal, resource: onFilter, permissions: ["SELECT"]))
        #expect(try await f.lf.listPermissions(resource: onFilter).items.isEmpty)
    }

    @Test func listPermissionsPages() async throws {
        let f = try await Fixture.make()
        let database = LFResource(database: .init(name: f.database))
        for index in 0..<3 {
            try await f.lf.grantPermissions(
                LFPrincipalPermissions(
                    principal: LFPrincipal("\(f.principal.identifier)-\(index)"), resource: database,
                    permissions: ["DESCRIBE"]))
        }
        let first = try await f.lf.listPermissions(resource: database, maxResults: 2)
        #expect(first.items.count == 2 && first.nextToken != nil)
        let all = try await f.lf.listPermissionsPages(resource: database, maxResults: 2).collect().flatMap(\.items)
        #expect(all.count == 3)
    }

    @Test func settingsAndRegisteredLocations() async throws {
        let f = try await Fixture.make()
        let catalog = EmulatorClient.uniqueName("catalog")
        var settings = try await f.lf.getDataLakeSettings(catalogId: catalog)
        settings.dataLakeAdmins = [f.principal]
        try await f.lf.putDataLakeSettings(settings, catalogId: catalog)
        #expect(try await f.lf.getDataLakeSettings(catalogId: catalog).dataLakeAdmins == [f.principal])

        let arn = "arn:aws:s3:::\(EmulatorClient.uniqueName("bucket"))/prefix"
        try await f.lf.registerResource(resourceArn: arn, roleArn: "arn:aws:iam::123456789012:role/lf")
        let listed = try await f.lf.listResourcesPages().collect().flatMap(\.items)
        #expect(listed.contains(LFRegisteredResource(resourceArn: arn, roleArn: "arn:aws:iam::123456789012:role/lf")))
        try await f.lf.deregisterResource(resourceArn: arn)
        #expect(!(try await f.lf.listResourcesPages().collect().flatMap(\.items).map(\.resourceArn).contains(arn)))
    }

    @Test func aWrongSecretIsRefusedEvenForTheLayersOperations() async throws {
        let emulator = try Emulator.current()
        let client = AWSClient(
            region: emulator.region, credentialProvider: TestCredentials(emulator.accessKeyId, "not-the-secret"),
            endpoint: emulator.endpoint,
            retryStrategy: StandardRetryStrategy(configuration: RetryConfiguration(maxAttempts: 1)))
        let lf = LakeFormationClient(client: client)
        let id = LFDataCellsFilterId(tableCatalogId: "123456789012", databaseName: "d", tableName: "t", name: "n")
        let error = await #expect(throws: AWSError.self) { try await lf.getDataCellsFilter(id) }
        #expect(error?.statusCode == 403)
    }
}
