/// Least-privilege permission policies for the roles a lake needs, scoped to one bucket and prefix.
///
/// When the data is encrypted with a customer managed key, the KMS actions are listed explicitly on
/// that key: S3 calls succeed only if the caller may also use the key, and a missing `kms:Decrypt` or
/// `kms:GenerateDataKey*` surfaces as a vague AccessDenied from S3 — a classic hours-long failure.
/// Readers get Decrypt and DescribeKey; writers also Encrypt and GenerateDataKey*.
package enum PolicyGenerator {
    /// RDS snapshot export (AWS-NOTES B3, RDS user guide "Exporting DB snapshot data to Amazon S3"):
    /// Put/Get/Delete objects under the prefix, List and GetBucketLocation on the bucket; with a key,
    /// everything the export needs to encrypt with it.
    package static func forRDSExport(bucket: String, prefix: String? = nil, kmsKeyArn: String? = nil) -> PolicyDocument
    {
        var statements = [
            bucketStatement(sid: "ExportBucket", bucket: bucket, actions: ["s3:ListBucket", "s3:GetBucketLocation"]),
            objectStatement(
                sid: "ExportObjects", bucket: bucket, prefix: prefix,
                actions: ["s3:PutObject*", "s3:GetObject*", "s3:DeleteObject*"]),
        ]
        if let kmsKeyArn {
            statements.append(kmsStatement(sid: "ExportKey", keyArn: kmsKeyArn, actions: KeyPolicy.exportActions))
        }
        return PolicyDocument(statements: statements)
    }

    /// A Glue crawler reading data under the prefix and writing the catalog. Catalog ARNs need the
    /// region and account, which a generator does not know, hence `*` for Glue; CloudWatch Logs are
    /// limited to the `/aws-glue/` log groups.
    package static func forGlueCrawler(bucket: String, prefix: String? = nil, kmsKeyArn: String? = nil)
        -> PolicyDocument
    {
        var statements = [
            bucketStatement(sid: "ReadBucket", bucket: bucket, actions: ["s3:ListBucket", "s3:GetBucketLocation"]),
            objectStatement(sid: "ReadObjects", bucket: bucket, prefix: prefix, actions: ["s3:GetObject"]),
            PolicyStatement(
                sid: "Catalog",
                action: [
                    "glue:GetDatabase", "glue:GetDatabases", "glue:CreateTable", "glue:UpdateTable", "glue:GetTable",
                    "glue:GetTables", "glue:GetPartition", "glue:GetPartitions", "glue:BatchCreatePartition",
                    "glue:BatchGetPartition", "glue:UpdatePartition", "glue:BatchUpdatePartition",
                ],
                resource: ["*"]),
            logsStatement,
        ]
        if let kmsKeyArn { statements.append(kmsStatement(sid: "DataKey", keyArn: kmsKeyArn, actions: readKeyActions)) }
        return PolicyDocument(statements: statements)
    }

    /// A Glue ETL job reading and writing under the prefix and reading/updating the catalog.
    package static func forGlueJob(bucket: String, prefix: String? = nil, kmsKeyArn: String? = nil) -> PolicyDocument {
        var statements = [
            bucketStatement(sid: "DataBucket", bucket: bucket, actions: ["s3:ListBucket", "s3:GetBucketLocation"]),
            objectStatement(
                sid: "DataObjects", bucket: bucket, prefix: prefix,
                actions: ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"]),
            PolicyStatement(
                sid: "Catalog",
                action: [
                    "glue:GetDatabase", "glue:GetTable", "glue:GetTables", "glue:GetPartition", "glue:GetPartitions",
                    "glue:BatchCreatePartition", "glue:CreateTable", "glue:UpdateTable",
                ],
                resource: ["*"]),
            logsStatement,
        ]
        if let kmsKeyArn {
            statements.append(kmsStatement(sid: "DataKey", keyArn: kmsKeyArn, actions: writeKeyActions))
        }
        return PolicyDocument(statements: statements)
    }

    /// A Firehose delivery stream writing to S3 (the actions the Firehose developer guide lists for an
    /// S3 destination), plus reading the Glue table used for record format conversion.
    package static func forFirehose(
        bucket: String, prefix: String? = nil, kmsKeyArn: String? = nil, logGroup: String? = nil
    ) -> PolicyDocument {
        var statements = [
            bucketStatement(
                sid: "DeliveryBucket", bucket: bucket,
                actions: ["s3:ListBucket", "s3:GetBucketLocation", "s3:ListBucketMultipartUploads"]),
            objectStatement(
                sid: "DeliveryObjects", bucket: bucket, prefix: prefix,
                actions: ["s3:AbortMultipartUpload", "s3:GetObject", "s3:PutObject"]),
            PolicyStatement(
                sid: "ConversionSchema", action: ["glue:GetTable", "glue:GetTableVersion", "glue:GetTableVersions"],
                resource: ["*"]),
        ]
        if let kmsKeyArn {
            statements.append(kmsStatement(sid: "DataKey", keyArn: kmsKeyArn, actions: writeKeyActions))
        }
        if let logGroup {
            // Firehose writes its delivery-error events with the delivery role.
            statements.append(
                PolicyStatement(
                    sid: "DeliveryLogs", action: ["logs:PutLogEvents"],
                    resource: ["arn:aws:logs:*:*:log-group:\(logGroup):*"]))
        }
        return PolicyDocument(statements: statements)
    }

    /// An analyst querying with Athena: run and read queries, read the catalog, read data under the
    /// prefix, and write results under `resultsPrefix` in the same bucket. `lakeformation:GetDataAccess`
    /// is what Lake Formation-governed tables require on top.
    package static func forAthenaAnalyst(
        bucket: String, prefix: String? = nil, kmsKeyArn: String? = nil, resultsPrefix: String = "athena-results"
    ) -> PolicyDocument {
        var statements = [
            PolicyStatement(
                sid: "Queries",
                action: [
                    "athena:StartQueryExecution", "athena:GetQueryExecution", "athena:GetQueryResults",
                    "athena:StopQueryExecution", "athena:GetWorkGroup", "athena:ListQueryExecutions",
                ],
                resource: ["*"]),
            PolicyStatement(
                sid: "Catalog",
                action: [
                    "glue:GetDatabase", "glue:GetDatabases", "glue:GetTable", "glue:GetTables", "glue:GetPartition",
                    "glue:GetPartitions", "lakeformation:GetDataAccess",
                ],
                resource: ["*"]),
            bucketStatement(sid: "DataBucket", bucket: bucket, actions: ["s3:ListBucket", "s3:GetBucketLocation"]),
            objectStatement(sid: "ReadData", bucket: bucket, prefix: prefix, actions: ["s3:GetObject"]),
            objectStatement(
                sid: "QueryResults", bucket: bucket, prefix: resultsPrefix,
                actions: ["s3:GetObject", "s3:PutObject", "s3:AbortMultipartUpload"]),
        ]
        if let kmsKeyArn {
            statements.append(kmsStatement(sid: "DataKey", keyArn: kmsKeyArn, actions: writeKeyActions))
        }
        return PolicyDocument(statements: statements)
    }

    /// The generator for a purpose (the CLI's `--for`).
    package static func generate(
        for purpose: PolicyPurpose, bucket: String, prefix: String? = nil, kmsKeyArn: String? = nil
    ) -> PolicyDocument {
        switch purpose {
        case .rdsExport: return forRDSExport(bucket: bucket, prefix: prefix, kmsKeyArn: kmsKeyArn)
        case .glueCrawler: return forGlueCrawler(bucket: bucket, prefix: prefix, kmsKeyArn: kmsKeyArn)
        case .glueJob: return forGlueJob(bucket: bucket, prefix: prefix, kmsKeyArn: kmsKeyArn)
        case .firehose: return forFirehose(bucket: bucket, prefix: prefix, kmsKeyArn: kmsKeyArn)
        case .athenaAnalyst: return forAthenaAnalyst(bucket: bucket, prefix: prefix, kmsKeyArn: kmsKeyArn)
        }
    }

    static let readKeyActions = ["kms:Decrypt", "kms:DescribeKey"]
    static let writeKeyActions = ["kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey*", "kms:DescribeKey"]

    static let logsStatement = PolicyStatement(
        sid: "Logs", action: ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"],
        resource: ["arn:aws:logs:*:*:log-group:/aws-glue/*"])

    /// `arn:aws:s3:::bucket`.
    static func bucketArn(_ bucket: String) -> String { "arn:aws:s3:::\(bucket)" }

    /// `arn:aws:s3:::bucket/prefix/*`, or `arn:aws:s3:::bucket/*` without a prefix. Slashes around the
    /// prefix are normalised, so "exports", "/exports/" and "exports/" give the same ARN.
    static func objectsArn(_ bucket: String, prefix: String?) -> String {
        let trimmed = (prefix ?? "").split(separator: "/", omittingEmptySubsequences: true).joined(separator: "/")
        return trimmed.isEmpty ? "arn:aws:s3:::\(bucket)/*" : "arn:aws:s3:::\(bucket)/\(trimmed)/*"
    }

    static func bucketStatement(sid: String, bucket: String, actions: [String]) -> PolicyStatement {
        PolicyStatement(sid: sid, action: actions, resource: [bucketArn(bucket)])
    }

    static func objectStatement(sid: String, bucket: String, prefix: String?, actions: [String]) -> PolicyStatement {
        PolicyStatement(sid: sid, action: actions, resource: [objectsArn(bucket, prefix: prefix)])
    }

    static func kmsStatement(sid: String, keyArn: String, actions: [String]) -> PolicyStatement {
        PolicyStatement(sid: sid, action: actions, resource: [keyArn])
    }
}

/// What a generated policy is for; the raw values are the CLI's `--for` names.
package enum PolicyPurpose: String, Sendable, CaseIterable {
    case rdsExport = "rds-export"
    case glueCrawler = "glue-crawler"
    case glueJob = "glue-job"
    case firehose = "firehose"
    case athenaAnalyst = "athena-analyst"

    /// The service that assumes a role with this policy (its trust principal); nil for people.
    package var servicePrincipal: String? {
        switch self {
        case .rdsExport: return "export.rds.amazonaws.com"
        case .glueCrawler, .glueJob: return "glue.amazonaws.com"
        case .firehose: return "firehose.amazonaws.com"
        case .athenaAnalyst: return nil
        }
    }
}
