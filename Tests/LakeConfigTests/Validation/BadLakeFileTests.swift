import Testing

@testable import LakeConfig

/// A table of bad lake files, each with the exact message and position it must produce. Each case is
/// `minimalLake` plus a few lines, so the positions count from line 6.
@Suite struct BadLakeFileTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var yaml: String
        var expected: [String]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "missing required field",
            yaml: "buckets:\n  lake:\n    versioning: true",
            expected: [
                "lake.yaml:8:5: buckets.lake.name: missing required key \"name\"; expected \"name\" in this mapping"
            ]),
        Case(
            name: "wrong type",
            yaml: "buckets:\n  lake:\n    name: shop-lake\n    versioning: yes-please",
            expected: ["lake.yaml:9:17: buckets.lake.versioning: found \"yes-please\"; expected true or false"]),
        Case(
            name: "undeclared reference with a suggestion",
            yaml: "kms_keys:\n  lake:\n    alias: alias/lake\nbuckets:\n  b:\n    name: shop-lake\n    kms_key: laek",
            expected: [
                "lake.yaml:12:14: buckets.b.kms_key: \"laek\" is not declared under kms_keys (did you mean \"lake\"?); expected one of lake"
            ]),
        Case(
            name: "columns with exclude_columns",
            yaml:
                "teams:\n  t:\n    principals: [\"arn:aws:iam::123456789012:role/a\"]\n    grants:\n      - table: shop.orders\n        permissions: [SELECT]\n        columns: [a]\n        exclude_columns: [b]",
            expected: [
                "lake.yaml:13:9: teams.t.grants[0].exclude_columns: columns and exclude_columns together; expected either columns or exclude_columns, not both"
            ]),
        Case(
            name: "row filter that does not parse",
            yaml:
                "teams:\n  t:\n    principals: [\"arn:aws:iam::123456789012:role/a\"]\n    grants:\n      - { table: shop.orders, permissions: [SELECT], row_filter: \"country = \" }",
            expected: [
                "lake.yaml:10:66: teams.t.grants[0].row_filter: row filter error at position 11: expected a constant after =, found the end of the filter; expected a Lake Formation row filter such as country = 'KR'"
            ]),
        Case(
            name: "bad sizes and durations",
            yaml:
                "workgroups:\n  w:\n    output: s3://shop-results/w/\n    bytes_scanned_cutoff: 10 gigs\njobs:\n  j:\n    script: a.py\n    scripts_location: s3://shop-lake/scripts/\n    timeout: soon",
            expected: [
                "lake.yaml:9:27: workgroups.w.bytes_scanned_cutoff: \"10 gigs\" is not a size; expected a size such as 10GB, 512MiB or 1000000",
                "lake.yaml:14:14: jobs.j.timeout: \"soon\" is not a duration; expected a duration such as 300s, 5m or 1h",
            ]),
        Case(
            name: "malformed principal ARN",
            yaml: "lake_formation:\n  admins: [\"arn:aws:iam::12345:role/admin\"]",
            expected: [
                "lake.yaml:7:12: lake_formation.admins[0]: \"arn:aws:iam::12345:role/admin\" is not an IAM principal ARN; expected arn:aws:iam::<account>:role/<name> or :user/<name>"
            ]),
        Case(
            name: "invalid bucket name",
            yaml: "buckets:\n  lake:\n    name: Shop_Lake",
            expected: [
                "lake.yaml:8:11: buckets.lake.name: \"Shop_Lake\": only lower-case letters, digits, '-' and '.' are allowed; expected a valid S3 bucket name"
            ]),
        Case(
            name: "grant naming two resources",
            yaml:
                "workgroups:\n  w:\n    output: s3://shop-results/w/\nteams:\n  t:\n    principals: [\"arn:aws:iam::123456789012:role/a\"]\n    grants:\n      - { database: shop, workgroup: w }",
            expected: [
                "lake.yaml:13:9: teams.t.grants[0]: the grant names database and workgroup; expected exactly one of database, table, workgroup, tag"
            ]),
        Case(
            name: "undeclared LF-tag value",
            yaml:
                "lake_formation:\n  tags:\n    sensitivity: [public, pii]\n  tag_assignments:\n    - { table: shop.customers, tags: { sensitivity: secret } }",
            expected: [
                "lake.yaml:10:7: lake_formation.tag_assignments[0].tags.sensitivity: \"secret\" is not a value of LF-tag \"sensitivity\"; expected one of public, pii"
            ]),
        Case(
            name: "unknown permission",
            yaml:
                "teams:\n  t:\n    principals: [\"arn:aws:iam::123456789012:role/a\"]\n    grants:\n      - { database: shop, permissions: [READ] }",
            expected: [
                "lake.yaml:10:41: teams.t.grants[0].permissions[0]: \"READ\" is not a Lake Formation permission; expected one of ALL, SELECT, ALTER, DROP, DELETE, INSERT, DESCRIBE, CREATE_TABLE, DATA_LOCATION_ACCESS"
            ]),
        Case(
            name: "undeclared database in a table reference",
            yaml:
                "teams:\n  t:\n    principals: [\"arn:aws:iam::123456789012:role/a\"]\n    grants:\n      - { table: sales.orders, permissions: [SELECT] }",
            expected: [
                "lake.yaml:10:18: teams.t.grants[0].table: \"sales\" is not declared under databases; expected one of shop"
            ]),
    ]

    @Test(arguments: cases) func reportsTheExactMessage(_ c: Case) {
        #expect(errors(minimalLake + "\n" + c.yaml) == c.expected)
    }
}
