import Testing

@testable import LakeOrchestration

@Suite struct ExportTaskIdentifierTests {
    let arn = "arn:aws:rds:us-east-1:123456789012:snapshot:rds:shop-db-2026-11-24-03-10"

    @Test func sameInputsSameId() {
        let a = ExportTaskIdentifier.derive(
            snapshotArn: arn, bucket: "lake", prefix: "raw", kmsKeyId: "k", exportOnly: ["shop.orders", "shop"])
        let b = ExportTaskIdentifier.derive(
            snapshotArn: arn, bucket: "lake", prefix: "raw", kmsKeyId: "k", exportOnly: ["shop", "shop.orders"])
        #expect(a == b)
        #expect(a.hasPrefix("lakectl-rds-shop-db-2026-11-24-03-10-"))
        #expect(ExportTaskIdentifier.isValid(a))
    }

    @Test(arguments: [
        ("bucket", "other"), ("prefix", "exports"), ("kms", "k2"), ("only", "shop.customers"),
    ])
    func anyChangedInputChangesTheId(_ change: (String, String)) {
        let base = ExportTaskIdentifier.derive(
            snapshotArn: arn, bucket: "lake", prefix: "raw", kmsKeyId: "k", exportOnly: [])
        let changed = ExportTaskIdentifier.derive(
            snapshotArn: arn, bucket: change.0 == "bucket" ? change.1 : "lake",
            prefix: change.0 == "prefix" ? change.1 : "raw",
            kmsKeyId: change.0 == "kms" ? change.1 : "k", exportOnly: change.0 == "only" ? [change.1] : [])
        #expect(base != changed)
    }

    @Test func longAndOddNamesStayWithinRDSRules() {
        let odd =
            "arn:aws:rds:us-east-1:123456789012:cluster-snapshot:" + String(repeating: "Very_Long__Name.", count: 10)
        let id = ExportTaskIdentifier.derive(snapshotArn: odd, bucket: "b", prefix: "", kmsKeyId: "k", exportOnly: [])
        #expect(id.count <= 60)
        #expect(ExportTaskIdentifier.isValid(id), "\(id)")
        let symbols = ExportTaskIdentifier.derive(
            snapshotArn: "___", bucket: "b", prefix: "", kmsKeyId: "k", exportOnly: [])
        #expect(ExportTaskIdentifier.isValid(symbols), "\(symbols)")
    }

    @Test(arguments: [
        ("ok-id-1", true), ("1starts-with-digit", false), ("ends-", false), ("double--hyphen", false), ("", false),
        ("has_underscore", false), (String(repeating: "a", count: 61), false),
    ])
    func validation(_ pair: (String, Bool)) {
        #expect(ExportTaskIdentifier.isValid(pair.0) == pair.1)
    }
}
