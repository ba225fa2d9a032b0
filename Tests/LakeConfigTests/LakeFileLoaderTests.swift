import Foundation
import LakeCodec
import LakeFilter
import LakeTestSupport
import Testing

@testable import LakeConfig

/// A minimal valid file the bad-file cases below are edits of.
let minimalLake = """
    version: 1
    region: us-east-1
    databases:
      shop:
        description: shop
    """

func errors(_ text: String, schemas: [String: FilterSchema] = [:]) -> [String] {
    do {
        _ = try LakeFileLoader.parse(text, file: "lake.yaml", schemas: schemas)
        return []
    } catch { return error.errors.map(\.description) }
}

@Suite struct LakeFileLoaderTests {
    @Test func theDocumentedExampleLoadsWithEverySection() throws {
        let lake = try LakeFileLoader.parse(LakeFileExample.text, file: "config/lake.yaml")
        #expect(lake.version == 1 && lake.region == "us-east-1" && lake.account == "123456789012")
        #expect(lake.tags == ["project": "shop-lake"])
        #expect(lake.kmsKeys.map(\.alias) == ["alias/shop-lake"])
        #expect(lake.buckets.map(\.bucketName) == ["shop-lake-${account}", "shop-athena-results-${account}"])
        #expect(
            lake.buckets[0].kmsKey?.name == "lake" && lake.buckets[0].versioning && lake.buckets[0].blockPublicAccess)
        #expect(lake.buckets[1].expireAfterDays == 30 && lake.buckets[1].kmsKey == nil)
        #expect(lake.databases.map(\.name) == ["raw", "shop"])
        #expect(lake.databases[0].locationURI == "s3://shop-lake-${account}/raw/")
        #expect(lake.snapshots.first?.exportOnly == ["shop.orders", "shop.customers"])
        #expect(lake.crawlers.first?.schedule == "cron(0 3 * * ? *)" && lake.crawlers.first?.role == .auto)
        #expect(lake.crawlers.first?.targets.first?.prefix == "raw/events/")
        let job = try #require(lake.jobs.first)
        #expect(job.timeoutSeconds == 1_800 && job.workers == 2 && job.glueVersion == "4.0" && job.bookmarks)
        #expect(job.arguments == ["--target": "s3://shop-lake-${account}/curated/orders/"])
        let stream = try #require(lake.streams.first)
        #expect(stream.bufferBytes == 64_000_000 && stream.bufferSeconds == 300 && stream.compression == "GZIP")
        #expect(stream.prefix == "raw/clickstream/!{timestamp:yyyy/MM/dd}/" && stream.parquet?.table == "clickstream")
        #expect(lake.workgroups.first?.bytesScannedCutoff == 10_000_000_000)
        // Unquoted `${account}` inside a flow list: the doc writes it so, and it means the placeholder.
        #expect(lake.lakeFormation.admins == ["arn:aws:iam::${account}:role/lake-admin"])
        #expect(lake.lakeFormation.tags.map(\.key) == ["sensitivity"])
        #expect(lake.lakeFormation.tagAssignments.first?.tags == ["sensitivity": ["pii"]])
        #expect(lake.teams.map(\.name) == ["analysts", "kr-sales"])
        let analysts = lake.teams[0]
        #expect(analysts.principals == ["arn:aws:iam::${account}:role/analyst"])
        #expect(analysts.grants.count == 4)
        #expect(analysts.grants[1].excludeColumns == ["customer_id"] && analysts.grants[1].needsDataCellsFilter)
        if case .workgroup(let workgroup) = analysts.grants[3].target {
            #expect(workgroup.name == "analysts" && workgroup.path == "teams.analysts.grants[3].workgroup")
        } else {
            Issue.record("expected a workgroup grant")
        }
        if case .tagExpression(let tags) = lake.teams[1].grants[1].target {
            #expect(tags == ["sensitivity": ["public"]])
        } else {
            Issue.record("expected an LF-tag expression grant")
        }
    }

    @Test func theRepositoryLakeFileIsTheExample() throws {
        let url = Fixtures.repositoryRoot.appendingPathComponent("config/lake.yaml")
        #expect(try String(contentsOf: url, encoding: .utf8) == LakeFileExample.text)
        _ = try LakeFileLoader.load(path: url.path)
    }

    @Test func substitutionReplacesAccountAndRegion() throws {
        let lake = try LakeFileLoader.parse(LakeFileExample.text, file: "x")
        #expect(
            lake.substitute("s3://a-${account}-${region}/", account: "000000000000") == "s3://a-000000000000-us-east-1/"
        )
    }

    @Test func everyErrorOfAFileIsReportedInFileOrder() {
        let found = errors(
            """
            version: 2
            region: us-east-1
            bukets: {}
            databases:
              shop:
                descripton: x
            """)
        #expect(
            found == [
                "lake.yaml:1:10: version: found \"2\"; expected a whole number from 1 to 1",
                "lake.yaml:3:1: bukets: unknown key \"bukets\" (did you mean \"buckets\"?); expected one of version, region, account, tags, kms_keys, buckets, databases, snapshots, crawlers, jobs, streams, workgroups, lake_formation, teams",
                "lake.yaml:6:5: databases.shop.descripton: unknown key \"descripton\" (did you mean \"description\"?); expected one of description, location",
            ])
    }

    @Test func aFileThatIsNotYAMLSaysWhere() {
        #expect(
            errors("version: 1\nregion: [us-east-1\n")
                == ["lake.yaml:3:1: YAML syntax: did not find expected ',' or ']'; expected valid YAML"])
        #expect(errors("") == ["lake.yaml:1:1: the file is empty; expected a mapping with version: 1 and region:"])
    }

    @Test func duplicateKeysAreRefused() {
        let found = errors("version: 1\nregion: us-east-1\nregion: eu-west-1\n")
        #expect(found.count == 1 && found[0].contains("duplicate key region"))
    }

    @Test func rowFiltersAreBoundToKnownSchemas() {
        let text =
            minimalLake + """

                teams:
                  t:
                    principals: ["arn:aws:iam::123456789012:role/a"]
                    grants:
                      - { table: shop.orders, permissions: [SELECT], row_filter: "colour = 'red'" }
                """
        let schema = FilterSchema(fields: [GlueField(name: "status", type: .string)])
        #expect(errors(text) == [])
        let found = errors(text, schemas: ["shop.orders": schema])
        #expect(found.count == 1)
        #expect(
            found.first?.hasPrefix("lake.yaml:10:66: teams.t.grants[0].row_filter: row filter error at position 1:")
                == true)
        #expect(found.first?.contains("colour") == true)
    }

    @Test func columnListsAreCheckedAgainstKnownSchemas() {
        let text =
            minimalLake + """

                teams:
                  t:
                    principals: ["arn:aws:iam::123456789012:role/a"]
                    grants:
                      - { table: shop.orders, permissions: [SELECT], columns: [status, nope] }
                """
        let schema = FilterSchema(fields: [GlueField(name: "status", type: .string)])
        #expect(errors(text) == [])
        let found = errors(text, schemas: ["shop.orders": schema])
        #expect(found.count == 1 && found.first?.hasPrefix("lake.yaml:10:9: teams.t.grants[0].columns:") == true)
    }
}

/// `make demo` ends with plan and apply of scripts/demo-lake.yaml: it must be valid against the demo's tables
/// (scripts/emulator/gaps/datasets.py), so its filters are checked against those columns here.
@Suite struct DemoLakeFileTests {
    @Test func theDemoLakeFileIsValidAgainstTheDemoTables() throws {
        let url = Fixtures.repositoryRoot.appendingPathComponent("scripts/demo-lake.yaml")
        func fields(_ names: [String]) -> [GlueField] { names.map { GlueField(name: $0, type: .string) } }
        let schemas = [
            "shop.orders": FilterSchema(
                fields: fields(["order_id", "customer_id", "status", "amount", "quantity", "ordered_at", "shipped_on"])),
            "shop.customers": FilterSchema(
                fields: fields(["customer_id", "email", "full_name", "country", "signup_date", "loyalty_tier"])),
        ]
        let lake = try LakeFileLoader.load(path: url.path, schemas: schemas)
        #expect(lake.teams.map(\.name) == ["analysts", "de-sales"])
        // The same file against a table without `country` fails, so the check above means something.
        #expect(throws: LakeFileProblems.self) {
            _ = try LakeFileLoader.load(
                path: url.path,
                schemas: ["shop.customers": FilterSchema(fields: fields(["customer_id", "loyalty_tier"]))])
        }
    }
}
