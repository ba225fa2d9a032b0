import LakeConfig
import Testing

@testable import LakeOrchestration

/// The documented example's teams as Lake Formation state.
@Suite struct LakeFileGrantsTests {
    @Test func theExampleTeamsBecomeFiltersAndGrants() throws {
        let lake = try LakeFileLoader.parse(LakeFileExample.text, file: "lake.yaml")
        let desired = LakeFileGrants.desired(lake, account: "123456789012")
        #expect(
            desired.filters.map(\.name) == [
                "analysts__shop__orders", "analysts__shop__customers", "kr-sales__shop__orders",
            ])
        #expect(
            desired.filters[0].rowFilter == "status <> 'cancelled'"
                && desired.filters[0].columns == .exclude(["customer_id"]))
        #expect(
            desired.filters[1].rowFilter == nil
                && desired.filters[1].columns == .include(["customer_id", "country", "segment"]))
        let analyst = "arn:aws:iam::123456789012:role/analyst"
        #expect(
            desired.grants.filter { $0.principal == analyst }.map(\.resource) == [
                .database("shop"), .filter(database: "shop", table: "orders", name: "analysts__shop__orders"),
                .filter(database: "shop", table: "customers", name: "analysts__shop__customers"),
            ])
        // The LF-tag expression grant is a TABLE tag policy grant.
        let kr = "arn:aws:iam::123456789012:role/kr-sales"
        #expect(
            desired.grants.filter { $0.principal == kr }.map(\.resource).last
                == .tagPolicy(resourceType: "TABLE", expression: "sensitivity=public"))
        #expect(
            desired.grants.last?.step(["SELECT"])
                == .grantTags(principal: kr, expression: ["sensitivity": ["public"]], permissions: ["SELECT"]))
    }
}

@Suite struct LakeFileStreamsTests {
    @Test func sizesBecomeFirehoseMegabytes() {
        #expect(LakeFileStreams.megabytes(64_000_000) == 64)
        #expect(LakeFileStreams.megabytes(64 << 20) == 64)
        #expect(LakeFileStreams.megabytes(1_000_000) == 1)
    }

    @Test func theExampleStreamConvertsToParquetWithoutItsFileCompression() throws {
        let lake = try LakeFileLoader.parse(LakeFileExample.text, file: "lake.yaml")
        let (streams, warnings) = LakeFileStreams.planned(lake, account: "123456789012")
        #expect(streams.map(\.spec.parquetTable) == ["raw.clickstream"])
        #expect(streams.first?.spec.compression == "UNCOMPRESSED")
        #expect(
            warnings == [
                "stream clickstream: compression GZIP is not used with Parquet conversion (Firehose writes "
                    + "Snappy-compressed Parquet itself)"
            ])
    }
}
